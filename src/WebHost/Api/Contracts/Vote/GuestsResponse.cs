namespace Orchestrator.WebHost.Api.Contracts.Vote;

public sealed record GuestsResponse(IReadOnlyList<GuestTokenResponse> Guests);
