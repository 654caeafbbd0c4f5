namespace Orchestrator.WebHost.Api.Contracts.Vote;

/// <summary>Hub event <c>VoteChanged</c>: the status and how many guests voted, never a point.</summary>
public sealed record LiveVoteChanged(string EditionId, long Version, string Status, int Ballots, int Guests);
