namespace Orchestrator.WebHost.Api.Contracts.Vote;

public sealed record GuestsRequest(IReadOnlyList<GuestRequest?>? Guests);
