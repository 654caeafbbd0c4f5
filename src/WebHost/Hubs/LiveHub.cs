using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.WebHost.Api;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Realtime;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// <c>/hubs/live</c>. A client joins an edition and gets its snapshot; from then on it receives the
/// edition's events. It joins the group before reading the snapshot, so nothing falls between the two:
/// events with a version not above the snapshot's are already in it.
/// </summary>
[Authorize]
public sealed class LiveHub(IGrainFactory grains) : Hub
{
    public async Task<EditionResponse> JoinEdition(string editionId)
    {
        if (!InputRules.IsSlug(editionId))
        {
            throw new HubException("editionId must be a slug: a-z, 0-9 and '-'.");
        }

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
}
