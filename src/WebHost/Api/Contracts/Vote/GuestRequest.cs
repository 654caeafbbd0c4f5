namespace Orchestrator.WebHost.Api.Contracts.Vote;

public sealed record GuestRequest(string? Name, string? Company);
