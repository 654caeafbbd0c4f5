namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>A territory's editions side by side, oldest first.</summary>
public sealed record TerritoryResponse(string Territory, IReadOnlyList<TerritoryEditionResponse> Editions);
