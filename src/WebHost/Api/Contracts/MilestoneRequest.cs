namespace Orchestrator.WebHost.Api.Contracts;

public sealed record MilestoneRequest(string? Id, string? Label);
