using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orchestrator.Grains.Tests.Cluster;
using Orchestrator.Silo.Hosting;
using Orchestrator.Silo.Storage;
using Orleans.Storage;

namespace Orchestrator.Grains.Tests.Hosting;

/// <summary>Which grain storage a silo gets under <see cref="StorageNames.Orchestrator"/> (resolved, never started).</summary>
public sealed class GrainStorageChoiceTests
{
    private static IGrainStorage Storage(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddOrchestratorStorage(builder.Configuration));
        using var host = builder.Build();
        return host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Orchestrator);
    }

    [Fact]
    public void Sqlite_WritesThroughGroupCommit() =>
        Assert.IsType<SqliteGrainStorage>(Storage(OrchestratorCluster.Sqlite("/tmp/never-opened.db")));

    [Fact]
    public void Postgres_StaysOnOrleansAdoNetProvider() =>
        Assert.IsType<AdoNetGrainStorage>(Storage(OrchestratorCluster.Postgres("Host=127.0.0.1;Database=never-opened")));
}
