namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>One line of the ranking: ranks run 1..N without ties (points, then voters, then id).</summary>
[GenerateSerializer, Immutable]
public sealed record RankedProposal(
    [property: Id(0)] string ProposalId,
    [property: Id(1)] string WorkshopId,
    [property: Id(2)] string Title,
    [property: Id(3)] int Points,
    [property: Id(4)] int Voters,
    [property: Id(5)] int Rank);
