namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Role">admin | team-lead | viewer | team.</param>
/// <param name="TokenId">The public id of the caller's token; never the token.</param>
/// <param name="IssuedTokenIds">The public ids of the tokens the change handed out, if any.</param>
public sealed record AuditEntryResponse(
    DateTimeOffset At, string Role, string TokenId, string Action, string Target, int Status, IReadOnlyList<string>? IssuedTokenIds = null);
