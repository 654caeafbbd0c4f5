namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="TokenId">Public id of the token, for the audit trail and revocation.</param>
public sealed record TokenResponse(string Token, string TokenId);
