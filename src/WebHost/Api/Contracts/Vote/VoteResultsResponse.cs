namespace Orchestrator.WebHost.Api.Contracts.Vote;

/// <summary>The full ranking, for the desk: every proposal, ranks 1..N without ties.</summary>
public sealed record VoteResultsResponse(string EditionId, string Status, int Ballots, IReadOnlyList<RankedProposalResponse> Proposals);
