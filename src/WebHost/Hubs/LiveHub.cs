using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Presence;
using Orchestrator.WebHost.Api;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Realtime;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// <c>/hubs/live</c>. A client joins an edition (or one mission) and gets its snapshot; from then on it
/// receives its events. It joins the group before reading the snapshot, so nothing falls between the
/// two: events with a version not above the snapshot's are already in it. See docs/live-protocol.md.
/// What it sends is <see cref="ILiveClient"/>; ids and rights are checked before a method runs, by
/// <see cref="LiveHubInputFilter"/> from the <see cref="SlugAttribute"/> and <see cref="WatchesAttribute"/> below.
/// </summary>
[Authorize]
public sealed class LiveHub(IGrainFactory grains, EditionSnapshots snapshots, TeamPresence presence) : Hub<ILiveClient>
{
    /// <summary>
    /// An edition's screen: its snapshot, then every edition event. A team lead's page hears the survey's
    /// changes without their counts (its token may read neither the survey's summary nor the impact).
    /// </summary>
    [Watches(LiveScope.Edition)]
    public async Task<EditionResponse> JoinEdition([Slug] string editionId)
    {
        var group = EditionGroup(editionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        var snapshot = await snapshots.Read(editionId);
        if (snapshot is null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
            throw new HubException(DomainRuleException.NoSuchEdition(editionId));
        }

        return snapshot.ToResponse();
    }

    public Task LeaveEdition([Slug] string editionId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, EditionGroup(editionId));

    /// <summary>
    /// A team's page: the mission's detail (names only for the admin and the mission's own lead and
    /// team) with the announcements pinned for it, then its <c>MissionChanged</c> and <c>HelpRequested</c>
    /// events and the announcements to every team or to this mission. The mission's own <c>version</c> orders them.
    /// </summary>
    [Watches(LiveScope.Mission)]
    public async Task<MissionResponse> JoinMission([Slug] string editionId, [Slug] string missionId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Mission(editionId, missionId));
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Teams(editionId));
        var mission = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId)).Get();
        if (mission is null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Mission(editionId, missionId));
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Teams(editionId));
            throw new HubException(DomainRuleException.NoSuchMission(editionId, missionId));
        }

        var caller = Caller.From(Context.User!);
        var canSeeNames = caller.CanSeeNames(editionId, missionId);
        if (canSeeNames)
        {
            await JoinTeamPresence(caller, editionId, missionId);
        }

        // Pinned announcements come with the detail, so a reloaded page shows them again.
        var pinned = await grains.GetGrain<IEditionGrain>(editionId).GetPinned(missionId);
        return mission.ToResponse(canSeeNames) with { Pinned = [.. pinned.Select(a => a.ToResponse(editionId))] };
    }

    /// <summary>
    /// The person on this team page says which member they are (a team link is shared by the whole
    /// team), or nobody in particular with <c>null</c>. Their name then shows in the team's presence.
    /// </summary>
    public async Task AnnouncePresence([Slug] string editionId, [Slug] string missionId, [Slug] string? memberId)
    {
        if (!presence.IsPresent(Context.ConnectionId, editionId, missionId))
        {
            throw new HubException("Call JoinMission with this mission's team or lead link first.");
        }

        var member = new PresentMember();
        if (memberId is not null)
        {
            var mission = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId)).Get();
            var volunteer = mission?.Members.FirstOrDefault(m => m.Id == memberId)
                ?? throw new HubException($"Member '{memberId}' is not in mission '{missionId}'.");
            member = new PresentMember(volunteer.Id, volunteer.Name);
        }

        await presence.Join(Context.ConnectionId, editionId, missionId, member);
    }

    /// <summary>The slice of the edition's group (the desk's and viewers', or the leads') this connection is in.</summary>
    private string EditionGroup(string editionId) =>
        LiveGroups.Slice(LiveGroups.Edition(editionId, mayReadSurvey: Caller.From(Context.User!).CanReadImpact(editionId)), Context.ConnectionId);

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await presence.Disconnected(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// Presence names volunteers, so only connections that may see names hear it. The mission's own
    /// lead and team count as present; the admin watches without being counted.
    /// </summary>
    private async Task JoinTeamPresence(Caller caller, string editionId, string missionId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.MissionTeam(editionId, missionId));
        if (!caller.IsAdmin && !presence.IsPresent(Context.ConnectionId, editionId, missionId))
        {
            try
            {
                await presence.Join(Context.ConnectionId, editionId, missionId, new PresentMember());
            }
            catch (DomainRuleException full)
            {
                await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.MissionTeam(editionId, missionId));
                throw new HubException(full.Message);
            }
        }

        // The list as it is now; pushes that follow carry a higher sequence.
        var now = await grains.GetGrain<IMissionPresenceGrain>(MissionKey.For(editionId, missionId)).Get();
        await Clients.Caller.PresenceChanged(now.ToLive());
    }
}
