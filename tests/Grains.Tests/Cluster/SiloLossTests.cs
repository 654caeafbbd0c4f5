using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.TestSupport;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>A silo dies without warning while screens watch: nothing acknowledged is lost, and they converge.</summary>
public sealed class SiloLossTests : IAsyncLifetime
{
    private readonly TempSqliteDatabase _database = new("kill");
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() =>
        _cluster = await OrchestratorCluster.StartAsync(OrchestratorCluster.Sqlite(_database.Path), $"kill-{Guid.NewGuid():n}", silos: 3);

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task KillTheSiloHoldingAMission_ItComesBackElsewhereFromStorage_AndScreensConverge()
    {
        var grains = _cluster.GrainFactory;
        var management = grains.GetGrain<IManagementGrain>(0);
        var editionId = Ids.New("factory");
        await grains.CreateEdition(editionId);

        // Placement is random: create missions until one lives on a silo we may kill (not the primary,
        // which holds the test cluster's membership table).
        var primary = _cluster.Primary!.SiloAddress;
        IMissionGrain? mission = null;
        SiloAddress? host = null;
        for (var i = 0; i < 30 && host is null; i++)
        {
            var candidate = await grains.CreateMission(editionId, $"mission-{i}");
            var address = await management.GetActivationAddress(candidate);
            if (address is not null && !address.Equals(primary))
            {
                (mission, host) = (candidate, address);
            }
        }

        Assert.NotNull(mission);
        var acknowledged = await mission.SetMilestone("framing", MilestoneStatus.Done, "avant la panne", null);

        await _cluster.KillSiloAsync(_cluster.GetSiloForAddress(host!)!);
        await _cluster.WaitForLivenessToStabilizeAsync();

        // A web host renews its registration; the registry may have lived on the dead silo.
        var screen = await LiveProbe.Register(_cluster);
        var reread = await mission.Get();
        Assert.Equal(acknowledged.Version, reread!.Version);
        Assert.Equal("avant la panne", reread.Milestones.Single(m => m.Id == "framing").Note);
        Assert.NotEqual(host, await management.GetActivationAddress(mission));

        var after = await mission.SetMilestone("diagnosis", MilestoneStatus.Done, "après la panne", null);
        var seen = await screen.WaitFor(e => e.Kind == EditionEventKind.MissionChanged && e.Mission?.Version == after.Version && e.EditionId == editionId);
        var snapshot = (await grains.GetGrain<IEditionGrain>(editionId).GetSnapshot())!;

        Assert.Equal(after.EditionVersion, seen.Version);
        Assert.Equal(snapshot.Version, seen.Version);
        Assert.Equivalent(seen.Mission, snapshot.Missions.Single(m => m.Id == seen.Mission!.Id), strict: true);
    }
}
