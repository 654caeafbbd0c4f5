using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Api;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Realtime;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// <c>/hubs/live</c>. A client joins an edition (or one mission) and gets its snapshot; from then on it
/// receives its events. It joins the group before reading the snapshot, so nothing falls between the
/// two: events with a version not above the snapshot's are already in it. See docs/live-protocol.md.
/// </summary>
[Authorize]
public sealed class LiveHub(IGrainFactory grains) : Hub
{
    public async Task<EditionResponse> JoinEdition(string editionId)
    {
        RequireSlug("editionId", editionId);
        if (!Caller.From(Context.User!).CanReadEdition(editionId))
        {
            throw new HubException("This token may not watch that edition.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Edition(editionId));
        var snapshot = await grains.GetGrain<IEditionGrain>(editionId).GetSnapshot();
        if (snapshot is null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Edition(editionId));
            throw new HubException($"Edition '{editionId}' does not exist.");
        }

        return snapshot.ToResponse();
    }

    public Task LeaveEdition(string editionId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Edition(editionId));

    /// <summary>
    /// A team's page: the mission's detail (names only for the admin and the mission's own lead and
    /// team), then its <c>MissionChanged</c> and <c>HelpRequested</c> events and the edition's
    /// announcements. The mission's own <c>version</c> orders them.
    /// </summary>
    public async Task<MissionResponse> JoinMission(string editionId, string missionId)
    {
        RequireSlug("editionId", editionId);
        RequireSlug("missionId", missionId);
        var caller = Caller.From(Context.User!);
        if (!caller.CanReadMission(editionId, missionId))
        {
            throw new HubException("This token may not watch that mission.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Mission(editionId, missionId));
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Teams(editionId));
        var mission = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId)).Get();
        if (mission is null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Mission(editionId, missionId));
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Teams(editionId));
            throw new HubException($"Mission '{missionId}' does not exist in edition '{editionId}'.");
        }

        return mission.ToResponse(caller.CanSeeNames(editionId, missionId));
    }

    private static void RequireSlug(string name, string value)
    {
        if (!InputRules.IsSlug(value))
        {
            throw new HubException($"{name} must be a slug: a-z, 0-9 and '-'.");
        }
    }
}
