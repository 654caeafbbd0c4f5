namespace Orchestrator.WebHost.Api.Contracts.Vote;

/// <param name="Mode"><c>points</c> or <c>pick</c>.</param>
public sealed record VoteSettingsRequest(string? Mode, int? Budget, int? RevealTop);
