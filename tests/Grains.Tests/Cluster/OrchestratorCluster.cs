using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>A two-silo test cluster on our real storage (an SQLite file or a PostgreSQL database).</summary>
public static class OrchestratorCluster
{
    /// <param name="clockId">The id of this cluster's event clock (<see cref="ClusterClocks.New"/>); without one the
    /// cluster gets a fresh clock that nobody moves.</param>
    public static async Task<TestCluster> StartAsync(IReadOnlyDictionary<string, string?> settings, string serviceId, short silos = 2, string? clockId = null)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Orchestrator:Health:ReviewEvery"] = "00:00:00.200",
            ["Orchestrator:Live:BatchWindow"] = "00:00:00.005",
            ["Orchestrator:Live:HostListRefresh"] = "00:00:00.100",
            [ClusterClocks.ConfigurationKey] = clockId ?? ClusterClocks.New().Id,
        }));
        builder.AddSiloBuilderConfigurator<TestSiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static Dictionary<string, string?> Sqlite(string path) => new()
    {
        ["Orchestrator:Storage:Provider"] = "sqlite",
        ["Orchestrator:Storage:ConnectionString"] = $"Data Source={path}",
    };

    public static Dictionary<string, string?> Postgres(string connectionString) => new()
    {
        ["Orchestrator:Storage:Provider"] = "postgres",
        ["Orchestrator:Storage:ConnectionString"] = connectionString,
    };
}
