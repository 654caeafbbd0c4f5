namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Role"><c>admin</c>, <c>team-lead</c>, <c>viewer</c> or <c>team</c>.</param>
public sealed record CallerResponse(string Role, string TokenId, string? EditionId, string? MissionId);
