using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Requests;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// Issue 16: a mission's changes share writes and reports to the edition (group commit), as the edition's
/// do, instead of queueing one write and one report each. A mission write is held at the store
/// (<see cref="StorageGates"/>) to see what the mission does while it is pending.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MissionGroupCommitTests(ClusterFixture fixture)
{
    private const string MissionState = "mission";

    [Fact]
    public async Task ChangesWhileAWriteIsPending_ShareTheNextWriteAndReport_AndEachKeepsItsOwnVersions()
    {
        var (editionId, mission) = await fixture.Grains.CreateEditionWithMission();
        var key = MissionKey.For(editionId, "drenche");
        var before = (await mission.Get())!;
        var writesBefore = StorageGates.Writes(MissionState, key);
        var held = StorageGates.HoldNext(MissionState, key);
        try
        {
            var first = mission.SetMilestone("framing", MilestoneStatus.Done, null, null);
            await held.Reached;
            var joined = Enumerable.Range(0, 10).Select(i => mission.AddMember(new NewVolunteer($"Bénévole {i}", "Acme", false), null)).ToList();
            await CallArrivals.WaitFor(key, nameof(IMissionGrain.AddMember), 10);

            // Pending: reads answer at once, from the stored mission.
            var read = (await mission.Get().WaitAsync(TimeSpan.FromSeconds(10)))!;
            Assert.Equal(before.Version, read.Version);
            Assert.Equal(before.Members.Count, read.Members.Count);
            Assert.False(first.IsCompleted);

            held.Release();
            var milestone = await first;
            var members = await Task.WhenAll(joined);

            Assert.Equal(2, StorageGates.Writes(MissionState, key) - writesBefore);
            Assert.Equal(before.Version + 1, milestone.Version);
            Assert.Equal(Enumerable.Range(2, 10).Select(i => before.Version + i), members.Select(m => m.Version).Order());

            // Each answer is the mission as its own change left it, and names the edition version that holds it.
            Assert.All(members, m => Assert.Equal(m.Version - before.Version - 1 + before.Members.Count, m.Members.Count));
            var snapshot = await fixture.Grains.Snapshot(editionId);
            var reported = snapshot.Missions.Single();
            Assert.Equal(before.Version + 11, reported.Version);
            Assert.Equal(before.Members.Count + 10, reported.Volunteers);

            // One report, yet each change is its own edition version, as the screens count them.
            var events = PublishedEvents.Of(editionId).Where(e => e.Kind == EditionEventKind.MissionChanged && e.Mission!.Version > before.Version).ToList();
            Assert.Equal(Enumerable.Range(1, 11).Select(i => before.Version + i), events.Select(e => e.Mission!.Version));
            Assert.Equal(Enumerable.Range(0, 11).Select(i => events[0].Version + i), events.Select(e => e.Version));
            Assert.Equal(snapshot.Version, events[^1].Version);
            var versionOf = events.ToDictionary(e => e.Mission!.Version, e => e.Version);
            Assert.All((MissionDetail[])[milestone, .. members], m => Assert.Equal(versionOf[m.Version], m.EditionVersion));
        }
        finally
        {
            held.Release();
        }
    }

    [Fact]
    public async Task HelpRequestsStoredByOneWrite_EachReachTheDesk()
    {
        var (editionId, mission) = await fixture.Grains.CreateEditionWithMission();
        var key = MissionKey.For(editionId, "drenche");
        var held = StorageGates.HoldNext(MissionState, key);
        try
        {
            var first = mission.SetMilestone("framing", MilestoneStatus.InProgress, null, null);
            await held.Reached;
            var finance = mission.RequestHelp("finance", "Un regard sur le budget", null);
            var legal = mission.RequestHelp("juridique", "Relire les statuts", null);
            await CallArrivals.WaitFor(key, nameof(IMissionGrain.RequestHelp), 2);

            held.Release();
            await first;
            var asked = await Task.WhenAll(finance, legal);

            var help = PublishedEvents.Of(editionId).Where(e => e.Kind == EditionEventKind.HelpRequested).ToList();
            Assert.Equal(asked.Select(h => h.Id).Order(StringComparer.Ordinal), help.Select(e => e.HelpRequest!.Id).Order(StringComparer.Ordinal));
            Assert.Equal(2, (await fixture.Grains.Snapshot(editionId)).Missions.Single().OpenHelpRequests);
        }
        finally
        {
            held.Release();
        }
    }

    [Fact]
    public async Task AStoreFailure_FailsEveryCallerOfThePendingGroup_AndOnlyWhatWasAcknowledgedIsStoredAndShown()
    {
        var (editionId, mission) = await fixture.Grains.CreateEditionWithMission();
        var key = MissionKey.For(editionId, "drenche");
        var before = (await mission.Get())!;
        var inFlight = StorageGates.HoldNext(MissionState, key);
        var failing = StorageGates.HoldNext(MissionState, key);
        try
        {
            var stored = mission.SetMilestone("framing", MilestoneStatus.Done, null, null);
            await inFlight.Reached;
            var covered = Enumerable.Range(0, 3).Select(i => mission.AddDeliverable($"Livrable {i}", null, null)).ToList();
            await CallArrivals.WaitFor(key, nameof(IMissionGrain.AddDeliverable), 3);

            inFlight.Release();
            Assert.Equal(before.Version + 1, (await stored).Version);
            await failing.Reached;
            failing.Fail(new IOException("the store is down"));
            foreach (var refused in covered)
            {
                Assert.Contains("the store is down", (await Assert.ThrowsAnyAsync<Exception>(() => refused)).Message);
            }

            // The next activation reads the store: the acknowledged milestone, none of the deliverables.
            var after = (await mission.Get())!;
            Assert.Equal(before.Version + 1, after.Version);
            Assert.Empty(after.Deliverables);
            var reported = (await fixture.Grains.Snapshot(editionId)).Missions.Single();
            Assert.Equal(before.Version + 1, reported.Version);
            Assert.Equal(0, reported.Deliverables);
            Assert.Equal(before.Version + 2, (await mission.AddDeliverable("Après la panne", null, null)).Version);
        }
        finally
        {
            inFlight.Release();
            failing.Release();
        }
    }

    [Fact]
    public async Task ARetryOfAChangeStillBeingStored_WaitsForIt_AndDoesNotApplyItTwice()
    {
        var (editionId, mission) = await fixture.Grains.CreateEditionWithMission();
        var key = MissionKey.For(editionId, "drenche");
        var change = new ChangeKey("lead-1", "retry-1");
        var held = StorageGates.HoldNext(MissionState, key);
        try
        {
            var first = mission.AddMember(new NewVolunteer("Awa", "Acme", false), change);
            await held.Reached;
            var retry = mission.AddMember(new NewVolunteer("Awa", "Acme", false), change);
            await CallArrivals.WaitFor(key, nameof(IMissionGrain.AddMember), 2);
            Assert.False(retry.IsCompleted);

            held.Release();
            var made = await first;
            var replayed = await retry;
            Assert.True(replayed.Unchanged);
            Assert.Equal(made.Version, replayed.Version);
            Assert.Single(replayed.Members, m => m.Name == "Awa");
            Assert.Equal(made.Version, (await fixture.Grains.Snapshot(editionId)).Missions.Single().Version);
        }
        finally
        {
            held.Release();
        }
    }
}
