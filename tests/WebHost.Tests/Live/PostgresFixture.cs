using Orchestrator.TestSupport;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>One private PostgreSQL for a test class; each test takes its own database and cluster.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Postgres { get; private set; } = null!;

    public async Task InitializeAsync() => Postgres = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Postgres.DisposeAsync();

    /// <summary>The settings of one host of a new cluster on a fresh database.</summary>
    public async Task<Dictionary<string, string?>> NewCluster()
    {
        var name = $"live_{Guid.NewGuid():n}";
        var connectionString = await Postgres.CreateDatabaseAsync(name);
        return new Dictionary<string, string?>
        {
            ["Orchestrator:Storage:Provider"] = "postgres",
            ["Orchestrator:Storage:ConnectionString"] = connectionString,
            ["Orchestrator:Cluster:Mode"] = "postgres",
            ["Orchestrator:Cluster:ClusterId"] = name,
            ["Orchestrator:Cluster:ServiceId"] = name,
        };
    }
}
