namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>What screens see of a running vote: its status and how many guests voted, never a point.</summary>
[GenerateSerializer, Immutable]
public sealed record VoteProgress(
    [property: Id(0)] VoteStatus Status,
    [property: Id(1)] int Ballots,
    [property: Id(2)] int Guests);
