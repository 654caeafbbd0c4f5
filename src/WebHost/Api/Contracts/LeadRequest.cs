namespace Orchestrator.WebHost.Api.Contracts;

public sealed record LeadRequest(string? Name);
