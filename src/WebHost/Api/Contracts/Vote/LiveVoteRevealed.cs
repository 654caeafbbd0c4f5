namespace Orchestrator.WebHost.Api.Contracts.Vote;

/// <summary>Hub event <c>VoteRevealed</c>: everything revealed so far, as in <c>GET …/vote</c>.</summary>
public sealed record LiveVoteRevealed(string EditionId, long Version, IReadOnlyList<RevealedProposalResponse> Revealed);
