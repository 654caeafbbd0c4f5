using Orchestrator.Grains.Interfaces.Editions;

namespace Orchestrator.WebHost.Api.Routes;

/// <summary><c>/api/editions/{editionId}/announcements/{announcementId}</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed record AnnouncementRoute(string EditionId, string AnnouncementId)
{
    public string Location => $"/api/editions/{EditionId}/announcements/{AnnouncementId}";

    public IEditionGrain Grain(IGrainFactory grains) => grains.GetGrain<IEditionGrain>(EditionId);
}
