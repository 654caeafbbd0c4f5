using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>One two-silo cluster on a fresh SQLite file, shared by a collection; tests use fresh ids.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"orchestrator-grains-{Guid.NewGuid():n}.db");

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync() =>
        Cluster = await OrchestratorCluster.StartAsync(OrchestratorCluster.Sqlite(_database), $"grains-{Guid.NewGuid():n}");

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_database)!, Path.GetFileName(_database) + "*"))
        {
            File.Delete(file);
        }
    }
}
