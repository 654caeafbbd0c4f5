namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>An invited respondent as the admin sees them (no token: it is never kept).</summary>
public sealed record RespondentResponse(string RespondentId, string Role, string? Name, string? MissionId, string TokenId, DateTimeOffset InvitedAt, bool Responded);
