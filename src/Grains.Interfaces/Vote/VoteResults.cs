namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>The full ranking, every proposal included (for the desk only until revealed).</summary>
[GenerateSerializer, Immutable]
public sealed record VoteResults(
    [property: Id(0)] VoteStatus Status,
    [property: Id(1)] int Ballots,
    [property: Id(2)] IReadOnlyList<RankedProposal> Proposals);
