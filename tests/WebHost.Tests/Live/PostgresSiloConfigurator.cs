using Microsoft.Extensions.Configuration;
using Orchestrator.Silo.Hosting;
using Orchestrator.Silo.Storage;
using Orleans.TestingHost;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// A test silo as a standalone Orchestrator silo is: ADO.NET clustering and grain storage on
/// PostgreSQL, so web hosts join it as plain Orleans clients, and the same failure detection (the
/// default <c>Orchestrator:Cluster</c> timings).
/// </summary>
public sealed class PostgresSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var connectionString = siloBuilder.Configuration["Orchestrator:Storage:ConnectionString"];
        siloBuilder.UseAdoNetClustering(o =>
        {
            o.Invariant = StorageInvariants.Postgres;
            o.ConnectionString = connectionString;
        });
        siloBuilder.AddOrchestratorStorage(siloBuilder.Configuration);
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.AddOrchestratorFailureDetection(ClusterSettings.From(siloBuilder.Configuration));
    }
}
