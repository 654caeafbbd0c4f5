namespace Orchestrator.WebHost.Api.Contracts;

public sealed record SetMilestoneRequest(string? Status, string? Note);
