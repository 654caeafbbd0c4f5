namespace Orchestrator.WebHost.Api.Routes;

/// <summary><c>/api/editions/{editionId}/workshops/{workshopId}</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed record WorkshopRoute(string EditionId, string WorkshopId);
