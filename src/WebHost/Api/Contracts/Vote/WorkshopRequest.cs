namespace Orchestrator.WebHost.Api.Contracts.Vote;

public sealed record WorkshopRequest(string? Id, string? Title, string? Host);
