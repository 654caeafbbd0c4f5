using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Realtime;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// A publisher's batch, as a host splits it: one message per SignalR group, carrying that group's events
/// in the batch's order, the edition's group all of them and each team page only what it may hear.
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

        var groups = HubLiveObserver.ByGroup(batch);

        Assert.Equal(
            new[] { LiveGroups.Edition(EditionId), LiveGroups.Mission(EditionId, "alpha"), LiveGroups.Mission(EditionId, "beta"), LiveGroups.Teams(EditionId) }.Order(StringComparer.Ordinal),
            groups.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            [("MissionChanged", 7L), ("EditionChanged", 7L), ("MissionChanged", 8L), ("HelpRequested", 9L), ("Announcement", 10L), ("Announcement", 11L)],
            Events(groups[LiveGroups.Edition(EditionId)]));
        Assert.Equal([("MissionChanged", 7L), ("HelpRequested", 9L), ("Announcement", 11L)], Events(groups[LiveGroups.Mission(EditionId, "alpha")]));
        Assert.Equal([("MissionChanged", 8L)], Events(groups[LiveGroups.Mission(EditionId, "beta")]));
        Assert.Equal([("Announcement", 10L)], Events(groups[LiveGroups.Teams(EditionId)]));
    }

    [Fact]
    public void ByGroup_AnEventForSeveralGroups_SharesOnePayload()
    {
        var groups = HubLiveObserver.ByGroup([MissionChanged("alpha", version: 3)]);

        Assert.Same(
            Assert.Single(groups[LiveGroups.Edition(EditionId)]).Payload,
            Assert.Single(groups[LiveGroups.Mission(EditionId, "alpha")]).Payload);
    }

    [Fact]
    public void ByGroup_LoneEvent_IsABatchOfOne()
    {
        var groups = HubLiveObserver.ByGroup([new EditionEvent(EditionId, 4, EditionEventKind.EditionChanged, Counters: new EditionCounters(1, 1, 0, 0, 0, 5, 0))]);

        var (group, events) = Assert.Single(groups);
        Assert.Equal(LiveGroups.Edition(EditionId), group);
        Assert.Equal([("EditionChanged", 4L)], Events(events));
    }

    private static EditionEvent MissionChanged(string missionId, long version) => new(
        EditionId,
        version,
        EditionEventKind.MissionChanged,
        Mission: new MissionSummary(missionId, $"Mission {missionId}", "asso", "Association", 20, MissionHealth.OnTrack, 2, At, 1, 5, 3, [], 0, "diagnosis", false));

    /// <summary>Each event's name and edition version (every edition event's payload carries one).</summary>
    private static List<(string, long)> Events(List<LiveEnvelope> envelopes) =>
        [.. envelopes.Select(e => (e.Name, (long)e.Payload.GetType().GetProperty("Version")!.GetValue(e.Payload)!))];
}
