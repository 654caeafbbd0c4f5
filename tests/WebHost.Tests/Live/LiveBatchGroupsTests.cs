using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Realtime;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// A publisher's batch, as a host splits it: messages per SignalR group, carrying that group's events in
/// the batch's order, the edition's group all of them and each team page only what it may hear, in order.
/// </summary>
public sealed class LiveBatchGroupsTests
{
    private const string EditionId = "batch-groups";
    private static readonly DateTimeOffset At = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void ByGroup_SeveralEvents_EditionGroupGetsAllInOrder_TeamPagesTheirOwn()
    {
        var batch = new[]
        {
            MissionChanged("alpha", version: 7),
            new EditionEvent(EditionId, 7, EditionEventKind.EditionChanged, Counters: new EditionCounters(2, 2, 3, 0, 1, 10, 0)),
            MissionChanged("beta", version: 8),
            new EditionEvent(EditionId, 9, EditionEventKind.HelpRequested, HelpRequest: new HelpRequest("h1", "alpha", "finance", "Un expert ?", HelpRequestStatus.Open, At)),
            new EditionEvent(EditionId, 10, EditionEventKind.Announcement, Announcement: new Announcement("a1", "Restitutions dans 15 minutes", At)),
            new EditionEvent(EditionId, 11, EditionEventKind.Announcement, Announcement: new Announcement("a2", "Alpha, au stand", At, MissionId: "alpha")),
        };

        var messages = HubLiveObserver.ByGroup(batch);

        Assert.Equal(
            [
                (LiveGroups.Edition(EditionId), 6),
                (LiveGroups.EditionLeads(EditionId), 6),
                (LiveGroups.Mission(EditionId, "alpha"), 2),
                (LiveGroups.Mission(EditionId, "beta"), 1),
                (LiveGroups.Teams(EditionId), 1),
                (LiveGroups.Mission(EditionId, "alpha"), 1),
            ],
            messages.Select(m => (m.Group, m.Events.Count)));
        Assert.Equal(
            [("MissionChanged", 7L), ("EditionChanged", 7L), ("MissionChanged", 8L), ("HelpRequested", 9L), ("Announcement", 10L), ("Announcement", 11L)],
            Heard(messages, LiveGroups.Edition(EditionId)));
        Assert.Equal(
            [("MissionChanged", 7L), ("HelpRequested", 9L), ("Announcement", 10L), ("Announcement", 11L)],
            Heard(messages, LiveGroups.Mission(EditionId, "alpha"), LiveGroups.Teams(EditionId)));
        Assert.Equal(
            [("MissionChanged", 8L), ("Announcement", 10L)],
            Heard(messages, LiveGroups.Mission(EditionId, "beta"), LiveGroups.Teams(EditionId)));
    }

    /// <summary>
    /// The flaky MessagePack screen test's cause: a team page's mission and every-team groups were sent one
    /// message each, so a page could hear a pinned announcement after a help request that came later.
    /// </summary>
    [Fact]
    public void ByGroup_EveryTeamAnnouncementBetweenAMissionsEvents_TeamPageHearsThemInOrder_OutOfOrderAcrossGroupsBug()
    {
        var batch = new[]
        {
            MissionChanged("alpha", version: 3),
            new EditionEvent(EditionId, 4, EditionEventKind.Announcement, Announcement: new Announcement("a1", "Pause", At, Pinned: true)),
            new EditionEvent(EditionId, 5, EditionEventKind.HelpRequested, HelpRequest: new HelpRequest("h1", "alpha", "finance", "Un expert ?", HelpRequestStatus.Open, At)),
            new EditionEvent(EditionId, 6, EditionEventKind.AnnouncementUnpinned, Announcement: new Announcement("a1", "Pause", At)),
            MissionChanged("alpha", version: 7),
        };

        var messages = HubLiveObserver.ByGroup(batch);

        Assert.Equal(
            [("MissionChanged", 3L), ("Announcement", 4L), ("HelpRequested", 5L), ("AnnouncementUnpinned", 6L), ("MissionChanged", 7L)],
            Heard(messages, LiveGroups.Mission(EditionId, "alpha"), LiveGroups.Teams(EditionId)));
        Assert.Equal(7, messages.Count);
    }

    [Fact]
    public void ByGroup_SeveralMissionsTakingTurns_IsOneMessagePerMission()
    {
        var messages = HubLiveObserver.ByGroup([MissionChanged("alpha", 1), MissionChanged("beta", 2), MissionChanged("alpha", 3), MissionChanged("beta", 4)]);

        Assert.Equal(
            [(LiveGroups.Edition(EditionId), 4), (LiveGroups.EditionLeads(EditionId), 4), (LiveGroups.Mission(EditionId, "alpha"), 2), (LiveGroups.Mission(EditionId, "beta"), 2)],
            messages.Select(m => (m.Group, m.Events.Count)));
    }

    [Fact]
    public void ByGroup_AnEventForSeveralGroups_SharesOnePayload()
    {
        var messages = HubLiveObserver.ByGroup([MissionChanged("alpha", version: 3)]);

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.Same(Assert.Single(messages[0].Events).Payload, Assert.Single(m.Events).Payload));
    }

    [Fact]
    public void ByGroup_LoneEvent_IsABatchOfOne()
    {
        var messages = HubLiveObserver.ByGroup([new EditionEvent(EditionId, 4, EditionEventKind.EditionChanged, Counters: new EditionCounters(1, 1, 0, 0, 0, 5, 0))]);

        Assert.Equal([LiveGroups.Edition(EditionId), LiveGroups.EditionLeads(EditionId)], messages.Select(m => m.Group));
        Assert.Same(messages[0].Events, messages[1].Events);
        Assert.Equal([("EditionChanged", 4L)], Events(messages[0].Events));
    }

    /// <summary>The desk's and viewers' screens hear the survey's counts; team leads' the same event, version and status only.</summary>
    [Fact]
    public void ByGroup_SurveyChanged_LeadsHearItsVersionAndStatus_WithoutTheCounts()
    {
        var survey = new SurveySummary(SurveyStatus.Open, 4, 1, 100m, new Dictionary<SurveyRole, RoleSummary>(), 5m, 25m);
        var messages = HubLiveObserver.ByGroup(
        [
            MissionChanged("alpha", version: 5),
            new EditionEvent(EditionId, 6, EditionEventKind.SurveyChanged, Survey: survey),
        ]);

        var desk = messages.Single(m => m.Group == LiveGroups.Edition(EditionId)).Events;
        var leads = messages.Single(m => m.Group == LiveGroups.EditionLeads(EditionId)).Events;
        Assert.Equal(Events(desk), Events(leads));
        Assert.IsType<LiveSurveyChanged>(desk[1].Payload);
        Assert.Equal(new LiveSurveyStatus(EditionId, 6, "open"), leads[1].Payload);
        Assert.Same(desk[0].Payload, leads[0].Payload);
    }

    private static EditionEvent MissionChanged(string missionId, long version) => new(
        EditionId,
        version,
        EditionEventKind.MissionChanged,
        Mission: new MissionSummary(missionId, $"Mission {missionId}", "asso", "Association", 20, MissionHealth.OnTrack, 2, At, 1, 5, 3, [], 0, "diagnosis", false));

    /// <summary>What a connection in <paramref name="groups"/> hears, in the order it hears it.</summary>
    private static List<(string, long)> Heard(List<(string Group, List<LiveEnvelope> Events)> messages, params string[] groups) =>
        [.. messages.Where(m => groups.Contains(m.Group)).SelectMany(m => Events(m.Events))];

    /// <summary>Each event's name and edition version (every edition event's payload carries one).</summary>
    private static List<(string, long)> Events(List<LiveEnvelope> envelopes) =>
        [.. envelopes.Select(e => (e.Name, (long)e.Payload.GetType().GetProperty("Version")!.GetValue(e.Payload)!))];
}
