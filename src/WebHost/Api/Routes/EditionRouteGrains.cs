using Orchestrator.Grains.Interfaces.Impact;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.WebHost.Api.Routes;

/// <summary>The edition's survey and impact grains, from its route record (both keyed by the edition id).</summary>
public static class EditionRouteGrains
{
    public static ISurveyGrain Survey(this EditionRoute route, IGrainFactory grains) => grains.GetGrain<ISurveyGrain>(route.EditionId);

    public static IImpactGrain Impact(this EditionRoute route, IGrainFactory grains) => grains.GetGrain<IImpactGrain>(route.EditionId);
}
