using Orchestrator.TestSupport;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>One two-silo cluster on a fresh SQLite file, shared by a collection; tests use fresh ids.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly TempSqliteDatabase _database = new("grains");

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync() =>
        Cluster = await OrchestratorCluster.StartAsync(OrchestratorCluster.Sqlite(_database.Path), $"grains-{Guid.NewGuid():n}");

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _database.Dispose();
    }
}
