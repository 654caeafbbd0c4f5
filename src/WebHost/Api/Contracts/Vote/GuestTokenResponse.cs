namespace Orchestrator.WebHost.Api.Contracts.Vote;

/// <summary>One guest's ballot token, shown once; name and company echo the request, for the printed card.</summary>
public sealed record GuestTokenResponse(string GuestId, string Token, string TokenId, string? Name, string? Company);
