using Orchestrator.Grains.Interfaces.Presence;

namespace Orchestrator.WebHost.Realtime;

internal sealed partial class HubLiveObserver
{
    public Task OnPresence(MissionPresence presence)
    {
        var sending = hub.Clients.Group(LiveGroups.MissionTeam(presence.EditionId, presence.MissionId))
            .PresenceChanged(presence.ToLive());
        if (!sending.IsCompletedSuccessfully)
        {
            _ = ObservePresence(sending, presence);
        }

        return Task.CompletedTask;
    }

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

    [LoggerMessage(EventId = 4002, EventName = "LivePresenceSendFailed", Level = LogLevel.Warning,
        Message = "Sending the presence of mission {MissionId} of edition {EditionId} failed")]
    private static partial void LogPresenceSendFailed(ILogger logger, Exception exception, string editionId, string missionId);
}
