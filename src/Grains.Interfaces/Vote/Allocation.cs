namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>Points a guest gives one proposal (in <see cref="VoteMode.Pick"/>, 1 for a proposal picked).</summary>
[GenerateSerializer, Immutable]
public sealed record Allocation(
    [property: Id(0)] string ProposalId,
    [property: Id(1)] int Points);
