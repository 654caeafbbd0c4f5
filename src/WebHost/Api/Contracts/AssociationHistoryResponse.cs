namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>An association's missions across every edition, oldest first.</summary>
public sealed record AssociationHistoryResponse(string AssociationId, string Name, string? Cause, IReadOnlyList<AssociationMissionResponse> Missions);
