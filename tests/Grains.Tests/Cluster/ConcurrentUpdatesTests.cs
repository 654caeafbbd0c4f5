using System.Collections.Concurrent;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.TestSupport;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// Issue 16: many missions of one edition updated at once share the edition's writes. Every answer has its
/// own version, the versions have no gap, the edition publishes them in order, and a cluster started
/// again on the same store holds exactly what was acknowledged.
/// </summary>
public sealed class ConcurrentUpdatesTests : IAsyncLifetime
{
    private const int Missions = 40;
    private const int UpdatesPerMission = 5;

    private readonly TempSqliteDatabase _database = new("concurrent");
    private readonly string _serviceId = $"concurrent-{Guid.NewGuid():n}";
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await Start();

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task ManyMissionsUpdatedAtOnce_GetDistinctGapFreeVersions_PublishedInOrder_AndAllOfThemSurviveARestart()
    {
        var editionId = Ids.New("factory");
        await _cluster.GrainFactory.CreateEdition(editionId);
        var missions = new List<IMissionGrain>();
        for (var i = 0; i < Missions; i++)
        {
            missions.Add(await _cluster.GrainFactory.CreateMission(editionId, $"mission-{i}"));
        }

        var before = (await _cluster.GrainFactory.Snapshot(editionId)).Version;
        var answers = new ConcurrentBag<MissionDetail>();
        await Task.WhenAll(missions.Select(async mission =>
        {
            for (var update = 0; update < UpdatesPerMission; update++)
            {
                var status = update % 2 == 0 ? MilestoneStatus.InProgress : MilestoneStatus.Done;
                answers.Add(await mission.SetMilestone("framing", status, $"update {update}", null));
            }
        }));

        var last = before + (Missions * UpdatesPerMission);
        Assert.Equal(Enumerable.Range(1, Missions * UpdatesPerMission).Select(v => before + v), answers.Select(a => a.EditionVersion).Order());

        // Published in version order with no gap (one change may bring several events of its version).
        var published = PublishedEvents.Of(editionId).Select(e => e.Version).Where(v => v > before).ToList();
        Assert.Equal(published.Order(), published);
        Assert.Equal(Enumerable.Range(1, Missions * UpdatesPerMission).Select(v => before + v), published.Distinct());

        var acknowledged = answers.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Version)!);
        await _cluster.DisposeAsync();
        _cluster = await Start();

        var snapshot = await _cluster.GrainFactory.Snapshot(editionId);
        Assert.Equal(last, snapshot.Version);
        Assert.Equal(Missions, snapshot.Missions.Count);
        Assert.All(snapshot.Missions, m => Assert.Equal(acknowledged[m.Id].Version, m.Version));
        var reread = await _cluster.GrainFactory.GetGrain<IMissionGrain>(MissionKey.For(editionId, "mission-0")).Get();
        Assert.Equal($"update {UpdatesPerMission - 1}", reread!.Milestones.Single(m => m.Id == "framing").Note);
    }

    [Fact]
    public async Task ManyAppendsToOneTrailAtOnce_AreAllStoredOnce_AcrossPages_AndSurviveARestart()
    {
        const int entries = (2 * 200) + 37;
        var editionId = Ids.New("factory");
        var trail = _cluster.GrainFactory.GetGrain<IAuditLogGrain>(editionId);

        await Task.WhenAll(Enumerable.Range(0, entries).Select(i => trail.Append(new AuditEntry(
            ClusterClocks.FactoryOpens, "lead", $"t-{i % 7}", "PUT /api/editions/{editionId}/missions/{missionId}/milestones/{milestoneId}", $"/{i}", 200))));
        var appended = await trail.Recent(5000);

        await _cluster.DisposeAsync();
        _cluster = await Start();
        var reread = await _cluster.GrainFactory.GetGrain<IAuditLogGrain>(editionId).Recent(5000);

        Assert.Equal(Enumerable.Range(0, entries).Select(i => $"/{i}").Order(StringComparer.Ordinal), appended.Select(e => e.Target).Order(StringComparer.Ordinal));
        Assert.Equal(appended, reread);
        Assert.Equal(appended.TakeLast(237), await _cluster.GrainFactory.GetGrain<IAuditLogGrain>(editionId).Recent(237));
    }

    /// <summary>A cluster on this test's store, under the same service id: a restart, as far as the grains can tell.</summary>
    private Task<TestCluster> Start() => OrchestratorCluster.StartAsync(OrchestratorCluster.Sqlite(_database.Path), _serviceId);
}
