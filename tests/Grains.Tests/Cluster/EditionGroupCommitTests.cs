using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// Issue 16: an edition's changes share writes (group commit) instead of queueing one write each. A write
/// is held at the store (<see cref="StorageGates"/>) to see what the edition does while it is pending.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class EditionGroupCommitTests(ClusterFixture fixture)
{
    private const string EditionState = "edition";

    [Fact]
    public async Task WhileAWriteIsPending_ReadsAnswerAtOnce_FromTheLastStoredState()
    {
        var (editionId, mission) = await fixture.Grains.CreateEditionWithMission();
        var edition = fixture.Grains.GetGrain<IEditionGrain>(editionId);
        var stored = await fixture.Grains.Snapshot(editionId);
        var held = StorageGates.HoldNext(EditionState, editionId);
        try
        {
            var pinned = edition.Announce(new Announce("Les restitutions commencent dans 15 minutes", Pinned: true));
            await held.Reached;
            var milestone = mission.SetMilestone("framing", MilestoneStatus.Done, null, null);
            await CallArrivals.WaitFor(editionId, nameof(IEditionGrain.RecordMissionChange), 2);

            // Before group commit each read queued behind the pending write; now it answers, showing neither change.
            var snapshot = (await edition.GetSnapshot().WaitAsync(TimeSpan.FromSeconds(10)))!;
            Assert.Equal(stored.Version, snapshot.Version);
            Assert.Equal(stored.Version, await edition.GetVersion().WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.Empty(snapshot.Pinned ?? []);
            Assert.Equal(0, snapshot.Counters.MilestonesDone);
            Assert.Empty(await edition.GetPinned("drenche"));
            Assert.Empty(await edition.GetAnnouncements());
            Assert.NotNull(await edition.GetInfo());
            Assert.False(pinned.IsCompleted);

            held.Release();
            var announcement = await pinned;
            var detail = await milestone;

            var after = await fixture.Grains.Snapshot(editionId);
            Assert.Equal(stored.Version + 2, after.Version);
            Assert.Equal(after.Version, detail.EditionVersion);
            Assert.Equal([announcement.Id], (after.Pinned ?? []).Select(p => p.Id));
            Assert.Equal(1, after.Counters.MilestonesDone);
            Assert.Equal([announcement.Id], (await edition.GetPinned("drenche")).Select(p => p.Id));
        }
        finally
        {
            held.Release();
        }
    }

    [Fact]
    public async Task WhileTheCreationIsPending_TheEditionDoesNotExistYet()
    {
        var editionId = Ids.New("factory");
        var edition = fixture.Grains.GetGrain<IEditionGrain>(editionId);
        var held = StorageGates.HoldNext(EditionState, editionId);
        try
        {
            var created = edition.Create(Sample.Factory());
            await held.Reached;

            Assert.Null(await edition.GetInfo().WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.Null(await edition.GetSnapshot());
            Assert.Equal(0, await edition.GetVersion());

            held.Release();
            Assert.Equal(1, (await created).Version);
            Assert.NotNull(await edition.GetInfo());
        }
        finally
        {
            held.Release();
        }
    }

    [Fact]
    public async Task ChangesWhileAWriteIsPending_ShareTheNextWrite_AndEachGetsItsOwnVersion()
    {
        var editionId = Ids.New("factory");
        var edition = await fixture.Grains.CreateEdition(editionId);
        var writesBefore = StorageGates.Writes(EditionState, editionId);
        var held = StorageGates.HoldNext(EditionState, editionId);
        try
        {
            var first = edition.Announce(new Announce("a"));
            await held.Reached;
            var joined = Enumerable.Range(0, 10).Select(i => edition.Announce(new Announce($"b{i}"))).ToList();
            await CallArrivals.WaitFor(editionId, nameof(IEditionGrain.Announce), 11);

            held.Release();
            await first;
            await Task.WhenAll(joined);

            var events = PublishedEvents.Of(editionId);
            Assert.Equal(2, StorageGates.Writes(EditionState, editionId) - writesBefore);
            Assert.Equal(Enumerable.Range(2, 11).Select(v => (long)v), events.Select(e => e.Version));
            Assert.Equal("a", events[0].Announcement!.Message);
            Assert.Equal(Enumerable.Range(0, 10).Select(i => $"b{i}"), events.Skip(1).Select(e => e.Announcement!.Message).Order(StringComparer.Ordinal));
            Assert.Equal(12, (await fixture.Grains.Snapshot(editionId)).Version);
        }
        finally
        {
            held.Release();
        }
    }

    [Fact]
    public async Task AStoreFailure_FailsEveryCallerOfThePendingGroup_AndOfTheNext_AndNoneOfThemIsStoredOrPublished()
    {
        var editionId = Ids.New("factory");
        var edition = await fixture.Grains.CreateEdition(editionId);
        var inFlight = StorageGates.HoldNext(EditionState, editionId);
        var failing = StorageGates.HoldNext(EditionState, editionId);
        try
        {
            var stored = edition.Announce(new Announce("stored"));
            await inFlight.Reached;
            var covered = Enumerable.Range(0, 3).Select(i => edition.Announce(new Announce($"covered {i}"))).ToList();
            await CallArrivals.WaitFor(editionId, nameof(IEditionGrain.Announce), 4);

            inFlight.Release();
            Assert.Equal("stored", (await stored).Message);
            await failing.Reached;
            var next = edition.Announce(new Announce("joined the next write"));
            await CallArrivals.WaitFor(editionId, nameof(IEditionGrain.Announce), 5);
            failing.Fail(new IOException("the store is down"));

            foreach (var refused in (Task[])[.. covered, next])
            {
                Assert.Contains("the store is down", (await Assert.ThrowsAnyAsync<Exception>(() => refused)).Message);
            }

            // The next activation reads the store: only what was acknowledged, and versions go on from there.
            var snapshot = await fixture.Grains.Snapshot(editionId);
            Assert.Equal(2, snapshot.Version);
            Assert.Equal(["stored"], (await edition.GetAnnouncements()).Select(a => a.Message));
            var after = await edition.Announce(new Announce("after the outage"));
            var events = PublishedEvents.Of(editionId);
            Assert.Equal([(2L, "stored"), (3L, "after the outage")], events.Select(e => (e.Version, e.Announcement!.Message)));
            Assert.Equal(after.Id, events[^1].Announcement!.Id);
        }
        finally
        {
            inFlight.Release();
            failing.Release();
        }
    }

    [Fact]
    public async Task AppendsWhileTheTrailIsWritten_ShareTheNextWrite_AndPagesAreCutExactly()
    {
        var editionId = Ids.New("factory");
        var trail = fixture.Grains.GetGrain<IAuditLogGrain>(editionId);
        var writesBefore = StorageGates.Writes("audit-log", editionId);
        var held = StorageGates.HoldNext("audit-log", editionId);
        try
        {
            var first = trail.Append(Entry(0));
            await held.Reached;
            var joined = Enumerable.Range(1, 400).Select(i => trail.Append(Entry(i))).ToList();
            await CallArrivals.WaitFor(editionId, nameof(IAuditLogGrain.Append), 401);

            // Pending: the stored trail is still empty.
            Assert.Empty(await trail.Recent(5000).WaitAsync(TimeSpan.FromSeconds(10)));

            held.Release();
            await first;
            await Task.WhenAll(joined);

            var all = await trail.Recent(5000);
            Assert.Equal(2, StorageGates.Writes("audit-log", editionId) - writesBefore);
            Assert.Equal("/0", all[0].Target);
            Assert.Equal(Enumerable.Range(0, 401).Select(i => $"/{i}").Order(StringComparer.Ordinal), all.Select(e => e.Target).Order(StringComparer.Ordinal));
            for (var page = 0; page < 401 / AuditPages.PageSize; page++)
            {
                Assert.Equal(AuditPages.PageSize, (await fixture.Grains.GetGrain<IAuditPageGrain>($"{editionId}/{page}").Get()).Count);
            }

            Assert.Equal(all.TakeLast(1), await trail.Recent(1));
            Assert.Equal(all.TakeLast(AuditPages.PageSize + 1), await trail.Recent(AuditPages.PageSize + 1));
            Assert.Equal(all.TakeLast(250), await trail.Recent(250));
        }
        finally
        {
            held.Release();
        }
    }

    private static AuditEntry Entry(int i) =>
        new(ClusterClocks.FactoryOpens, "admin", "t-0", "PUT /api/editions/{editionId}/missions/{missionId}/milestones/{milestoneId}", $"/{i}", 200);
}
