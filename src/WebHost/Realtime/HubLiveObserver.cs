using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.WebHost.Hubs;
using Orchestrator.WebHost.Operations;

namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// This host's end of the push path: grains send batches here, and each event goes to the SignalR
/// group of its edition. Sends are started in order and not awaited one by one, so a slow client
/// (whose socket buffer is full) never delays the others. Team pages (<see cref="LiveGroups.Mission"/>)
/// hear their own mission's events, the announcements to every team and those to their mission alone.
/// </summary>
internal sealed partial class HubLiveObserver(
    IHubContext<LiveHub, ILiveClient> hub,
    OrchestratorMetrics metrics,
    LiveConnections connections,
    TeamPresence presence,
    ILogger<HubLiveObserver> logger) : ILiveObserver
{
    public Task OnEvents(IReadOnlyList<EditionEvent> events)
    {
        var received = Stopwatch.GetTimestamp();
        foreach (var e in events)
        {
            Send(LiveGroups.Edition(e.EditionId), e);
            if (TeamGroup(e) is { } team)
            {
                Send(team, e);
            }
        }

        metrics.Pushed(Stopwatch.GetElapsedTime(received));
        return Task.CompletedTask;
    }

    /// <summary>The group of team pages that also hears this event, if any.</summary>
    private static string? TeamGroup(EditionEvent e) => e.Kind switch
    {
        EditionEventKind.MissionChanged => LiveGroups.Mission(e.EditionId, e.Mission!.Id),
        EditionEventKind.HelpRequested => LiveGroups.Mission(e.EditionId, e.HelpRequest!.MissionId),
        EditionEventKind.Announcement or EditionEventKind.AnnouncementUnpinned => e.Announcement!.MissionId is { } missionId
            ? LiveGroups.Mission(e.EditionId, missionId)
            : LiveGroups.Teams(e.EditionId),
        EditionEventKind.ScheduleChanged => LiveGroups.Teams(e.EditionId),
        _ => null,
    };

    private void Send(string group, EditionEvent e)
    {
        var sending = e.SendTo(hub.Clients.Group(group));
        if (!sending.IsCompletedSuccessfully)
        {
            _ = Observe(sending, e);
        }
    }

    private async Task Observe(Task sending, EditionEvent e)
    {
        try
        {
            await sending;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogSendFailed(logger, ex, e.EditionId, e.Version);
        }
    }

    [LoggerMessage(EventId = 4001, EventName = "LiveSendFailed", Level = LogLevel.Warning,
        Message = "Sending live event {Version} of edition {EditionId} failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string editionId, long version);
}
