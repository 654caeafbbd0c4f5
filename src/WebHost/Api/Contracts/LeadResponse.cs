namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Name">The lead is a volunteer: null for callers who may not see names, and once erased.</param>
public sealed record LeadResponse(string? Name);
