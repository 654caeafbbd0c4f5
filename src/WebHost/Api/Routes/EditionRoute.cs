using Orchestrator.Grains.Interfaces.Editions;

namespace Orchestrator.WebHost.Api.Routes;

/// <summary><c>/api/editions/{editionId}</c>, bound with <c>[AsParameters]</c>; checked by <see cref="RouteIds"/> before binding.</summary>
public sealed record EditionRoute(string EditionId)
{
    public string Location => $"/api/editions/{EditionId}";

    public IEditionGrain Grain(IGrainFactory grains) => grains.GetGrain<IEditionGrain>(EditionId);
}
