using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Hubs;
using Orchestrator.WebHost.Operations;

namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// This host's end of the push path: grains send batches here (one per batch window), and each SignalR
/// group that hears any of a batch's events gets them in one <see cref="ILiveClient.Events"/> message, in
/// order: the edition's group all of them; a team page's group (<see cref="LiveGroups.Mission"/>,
/// <see cref="LiveGroups.Teams"/>) its own mission's events, the announcements to every team and those to
/// its mission alone. SignalR serialises a group's message once per protocol, whatever the group's size.
/// Sends are started and not awaited one by one, so a slow client (whose socket buffer is full) never
/// delays the others.
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
        foreach (var (group, batch) in ByGroup(events))
        {
            Send(group, batch, events);
        }

        metrics.Pushed(Stopwatch.GetElapsedTime(received));
        return Task.CompletedTask;
    }

    /// <summary>Each group's share of the batch, in the batch's order; an event's payload is built once for all its groups.</summary>
    internal static Dictionary<string, List<LiveEnvelope>> ByGroup(IReadOnlyList<EditionEvent> events)
    {
        var groups = new Dictionary<string, List<LiveEnvelope>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var envelope = e.ToEnvelope();
            Add(groups, LiveGroups.Edition(e.EditionId), envelope);
            if (TeamGroup(e) is { } team)
            {
                Add(groups, team, envelope);
            }
        }

        return groups;

        static void Add(Dictionary<string, List<LiveEnvelope>> groups, string group, LiveEnvelope envelope)
        {
            if (!groups.TryGetValue(group, out var batch))
            {
                groups[group] = batch = [];
            }

            batch.Add(envelope);
        }
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

    private void Send(string group, List<LiveEnvelope> batch, IReadOnlyList<EditionEvent> events)
    {
        var sending = hub.Clients.Group(group).Events(batch);
        if (!sending.IsCompletedSuccessfully)
        {
            _ = Observe(sending, group, events);
        }
    }

    private async Task Observe(Task sending, string group, IReadOnlyList<EditionEvent> events)
    {
        try
        {
            await sending;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogSendFailed(logger, ex, events[0].Version, events[^1].Version, group);
        }
    }

    [LoggerMessage(EventId = 4001, EventName = "LiveSendFailed", Level = LogLevel.Warning,
        Message = "Sending live events {FirstVersion}..{LastVersion} to group {Group} failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, long firstVersion, long lastVersion, string group);
}
