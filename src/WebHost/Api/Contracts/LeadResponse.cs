namespace Orchestrator.WebHost.Api.Contracts;

public sealed record LeadResponse(string Name);
