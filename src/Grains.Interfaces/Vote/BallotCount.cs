namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>A shard's tally: how many guests have a ballot there, and the points and voters of each proposal they chose.</summary>
[GenerateSerializer, Immutable]
public sealed record BallotCount(
    [property: Id(0)] int Ballots,
    [property: Id(1)] IReadOnlyList<ProposalTally> Proposals);
