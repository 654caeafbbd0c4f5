using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orchestrator.TestSupport;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// A cluster of its own, on its own SQLite file and its own event clock, for a test that moves time: the
/// shared <see cref="ClusterFixture"/> and every other test keep theirs where it was.
/// </summary>
public sealed class OwnClockCluster : IAsyncDisposable
{
    private readonly TempSqliteDatabase _database;
    private readonly string _clockId;

    private OwnClockCluster(TempSqliteDatabase database, string clockId, FakeTimeProvider clock, TestCluster cluster)
    {
        _database = database;
        _clockId = clockId;
        Clock = clock;
        Cluster = cluster;
    }

    public TestCluster Cluster { get; }

    /// <summary>This cluster's event time: <c>Advance</c> it instead of waiting.</summary>
    public FakeTimeProvider Clock { get; }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public static async Task<OwnClockCluster> StartAsync(short silos = 1)
    {
        var database = new TempSqliteDatabase("clock");
        var (clockId, clock) = ClusterClocks.New();
        var cluster = await OrchestratorCluster.StartAsync(OrchestratorCluster.Sqlite(database.Path), $"clock-{clockId}", silos, clockId);
        return new OwnClockCluster(database, clockId, clock, cluster);
    }

    /// <summary>The event time a silo of <paramref name="cluster"/> reads (what its grains call now).</summary>
    public static DateTimeOffset EventTimeIn(TestCluster cluster) =>
        cluster.Primary is InProcessSiloHandle silo
            ? silo.SiloHost.Services.GetRequiredService<EventClock>().Now
            : throw new InvalidOperationException("The test cluster's primary silo does not run in this process.");

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        ClusterClocks.Forget(_clockId);
        _database.Dispose();
    }
}
