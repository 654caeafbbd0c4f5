namespace Orchestrator.WebHost.Api.Contracts;

public sealed record DeliverableResponse(string Id, string Title, string? Link, DateTimeOffset AddedAt);
