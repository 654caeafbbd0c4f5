namespace Orchestrator.WebHost.Api.Contracts;

public sealed record MilestoneResponse(string Id, string Label, string Status, string? Note, DateTimeOffset? UpdatedAt);
