namespace Orchestrator.WebHost.Api.Contracts;

public sealed record AssociationRequest(string? Id, string? Name, string? Cause);
