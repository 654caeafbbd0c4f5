namespace Orchestrator.WebHost.Api.Contracts;

public sealed record AddDeliverableRequest(string? Title, string? Link);
