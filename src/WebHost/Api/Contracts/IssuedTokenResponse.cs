namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>A token an edition handed out, as the admin sees it: its public id and what it is for, never the token.</summary>
/// <param name="Role">viewer | team-lead | team | guest | respondent.</param>
/// <param name="IssuedBy">The public id of the lead token that handed out this team link; null when the admin did.</param>
public sealed record IssuedTokenResponse(
    string TokenId, string Role, string? MissionId, string? SubjectId, DateTimeOffset IssuedAt, bool Revoked, string? IssuedBy);
