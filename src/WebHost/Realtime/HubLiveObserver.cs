using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Hubs;
using Orchestrator.WebHost.Operations;

namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// This host's end of the push path: grains send batches here (one per batch window), and each SignalR
/// group that hears any of a batch's events gets them in an <see cref="ILiveClient.Events"/> message (one,
/// unless a team page's two groups take turns: see <see cref="ByGroup"/>), in order: the edition's group
/// all of them (and its team leads' group, <see cref="LiveGroups.EditionLeads"/>, the same with the survey's
/// counts taken out); a team page's group (<see cref="LiveGroups.Mission"/>, <see cref="LiveGroups.Teams"/>)
/// its own mission's events, the announcements to every team and those to
/// its mission alone. SignalR serialises a group's message once per protocol, whatever the group's size.
/// Sends are started and not awaited one by one, so a slow client (whose socket buffer is full) never
/// delays the others; an edition group's are started slice by slice (<see cref="LiveGroups.Slices"/>),
/// yielding between two, so a lead's answer never waits behind the sends to every screen.
/// </summary>
internal sealed partial class HubLiveObserver(
    IHubContext<LiveHub, ILiveClient> hub,
    OrchestratorMetrics metrics,
    LiveConnections connections,
    TeamPresence presence,
    ILogger<HubLiveObserver> logger) : ILiveObserver
{
    public async Task OnEvents(IReadOnlyList<EditionEvent> events)
    {
        var received = Stopwatch.GetTimestamp();
        foreach (var (group, batch) in ByGroup(events))
        {
            if (!LiveGroups.IsSliced(group))
            {
                Send(group, batch, events);
                continue;
            }

            // Slice by slice, each started and then left to run: what was queued meanwhile (a lead's
            // answer, the next update's writes) runs between two slices instead of after every send.
            for (var slice = 0; slice < LiveGroups.Slices; slice++)
            {
                Send(LiveGroups.Slice(group, slice), batch, events);
                await Task.Yield();
            }
        }

        metrics.Pushed(Stopwatch.GetElapsedTime(received));
    }

    /// <summary>
    /// The batch as messages to send, in this order: each group's share of it, in the batch's order, an
    /// event's payload built once for all its groups. A team page is in two groups (its mission's and every
    /// team's) and hears their messages in the order they are sent, so a message to one of them is closed as
    /// soon as the other hears an event: a page never hears a later event before an earlier one. A batch
    /// with an announcement to every team between two of a mission's changes is five messages to that page's
    /// groups, not two.
    /// </summary>
    internal static List<(string Group, List<LiveEnvelope> Events)> ByGroup(IReadOnlyList<EditionEvent> events)
    {
        var messages = new List<(string Group, List<LiveEnvelope> Events)>();
        var editions = new Dictionary<string, List<LiveEnvelope>>(1, StringComparer.Ordinal); // by edition id

        // The team pages' messages still open: only mission groups, or only the teams group, at any time.
        var open = new Dictionary<string, List<LiveEnvelope>>(StringComparer.Ordinal);
        var openToEveryTeam = false;
        foreach (var e in events)
        {
            var envelope = e.ToEnvelope();
            Add(editions, e.EditionId, LiveGroups.Edition(e.EditionId), envelope);
            if (TeamGroup(e) is not var (team, toEveryTeam))
            {
                continue;
            }

            if (toEveryTeam != openToEveryTeam)
            {
                open.Clear();
                openToEveryTeam = toEveryTeam;
            }

            Add(open, team, team, envelope);
        }

        // Team leads' pages hear the edition's message right after the desk's, the survey's counts taken out.
        foreach (var (editionId, batch) in editions)
        {
            var at = messages.FindIndex(m => ReferenceEquals(m.Events, batch));
            messages.Insert(at + 1, (LiveGroups.EditionLeads(editionId), ForLeads(batch)));
        }

        return messages;

        // The open message of `key` (an edition id, or a team page's group), started as one to `group` if none is.
        void Add(Dictionary<string, List<LiveEnvelope>> batches, string key, string group, LiveEnvelope envelope)
        {
            if (!batches.TryGetValue(key, out var batch))
            {
                batches[key] = batch = [];
                messages.Add((group, batch));
            }

            batch.Add(envelope);
        }
    }

    /// <summary>The edition's events as a team lead's page may hear them: the same list unless the survey moved.</summary>
    private static List<LiveEnvelope> ForLeads(List<LiveEnvelope> batch) =>
        batch.Exists(e => e.Payload is LiveSurveyChanged)
            ? batch.ConvertAll(e => e.Payload is LiveSurveyChanged s ? LiveEditionEvents.SurveyChanged(new LiveSurveyStatus(s.EditionId, s.Version, s.Status)) : e)
            : batch;

    /// <summary>The group of team pages that also hears this event, if any, and whether it is every team's.</summary>
    private static (string Group, bool EveryTeam)? TeamGroup(EditionEvent e) => e.Kind switch
    {
        EditionEventKind.MissionChanged => (LiveGroups.Mission(e.EditionId, e.Mission!.Id), false),
        EditionEventKind.HelpRequested => (LiveGroups.Mission(e.EditionId, e.HelpRequest!.MissionId), false),
        EditionEventKind.Announcement or EditionEventKind.AnnouncementUnpinned => e.Announcement!.MissionId is { } missionId
            ? (LiveGroups.Mission(e.EditionId, missionId), false)
            : (LiveGroups.Teams(e.EditionId), true),
        EditionEventKind.ScheduleChanged => (LiveGroups.Teams(e.EditionId), true),
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
