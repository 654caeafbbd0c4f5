namespace Orchestrator.WebHost.Api.Contracts;

public sealed record AssociationResponse(string Id, string Name, string? Cause);
