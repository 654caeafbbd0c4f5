using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.WebHost.Api.Routes;

/// <summary><c>/api/editions/{editionId}/missions/{missionId}</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed record MissionRoute(string EditionId, string MissionId)
{
    public string Location => $"/api/editions/{EditionId}/missions/{MissionId}";

    public string Key => MissionKey.For(EditionId, MissionId);

    public IMissionGrain Grain(IGrainFactory grains) => grains.GetGrain<IMissionGrain>(Key);
}
