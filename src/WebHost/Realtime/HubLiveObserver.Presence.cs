using Microsoft.AspNetCore.SignalR;
using Orchestrator.Grains.Interfaces.Presence;
using Orchestrator.WebHost.Api.Contracts;

namespace Orchestrator.WebHost.Realtime;

internal sealed partial class HubLiveObserver
{
    public const string PresenceChanged = "PresenceChanged";

    public Task OnPresence(MissionPresence presence)
    {
        var sending = hub.Clients.Group(LiveGroups.MissionTeam(presence.EditionId, presence.MissionId))
            .SendAsync(PresenceChanged, ToMessage(presence));
        if (!sending.IsCompletedSuccessfully)
        {
            _ = ObservePresence(sending, presence);
        }

        return Task.CompletedTask;
    }

    public static LivePresenceChanged ToMessage(MissionPresence presence) => new(
        presence.EditionId,
        presence.MissionId,
        presence.Sequence,
        [.. presence.Present.Select(p => new PresentMemberResponse(p.MemberId, p.Name))],
        presence.Present.Count);

    private async Task ObservePresence(Task sending, MissionPresence presence)
    {
        try
        {
            await sending;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogPresenceSendFailed(logger, ex, presence.EditionId, presence.MissionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending the presence of mission {MissionId} of edition {EditionId} failed")]
    private static partial void LogPresenceSendFailed(ILogger logger, Exception exception, string editionId, string missionId);
}
