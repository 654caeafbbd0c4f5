namespace Orchestrator.Grains.Tests.Persistence;

/// <summary>Production storage: a real PostgreSQL, one fresh database per test, schema created on start.</summary>
public sealed class PostgresStorageTests(PostgresFixture postgres) : StorageSuite, IClassFixture<PostgresFixture>
{
    protected override async Task<Dictionary<string, string?>> NewStore()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync($"store_{Guid.NewGuid():n}");
        return Cluster.OrchestratorCluster.Postgres(connectionString);
    }
}
