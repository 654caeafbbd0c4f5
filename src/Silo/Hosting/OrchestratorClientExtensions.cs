using Microsoft.Extensions.Configuration;
using Orchestrator.Silo.Storage;
using Orleans.Configuration;

namespace Orchestrator.Silo.Hosting;

public static class OrchestratorClientExtensions
{
    /// <summary>Joins the cluster described by <c>Orchestrator:Cluster</c> as an Orleans client (no silo in this process).</summary>
    public static IClientBuilder AddOrchestratorClient(this IClientBuilder client, IConfiguration configuration)
    {
        var cluster = ClusterSettings.From(configuration);
        StorageInvariants.Register();
        if (cluster.IsPostgres)
        {
            var connectionString = OrchestratorSiloExtensions.PostgresConnectionString(StorageSettings.From(configuration));
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = StorageInvariants.Postgres;
                o.ConnectionString = connectionString;
            });
            client.AddOrchestratorFailureDetection(cluster);
        }
        else
        {
            client.UseLocalhostClustering(cluster.GatewayPort, cluster.ServiceId, cluster.ClusterId);
        }

        // The silos may still be starting (or the schema being created): keep trying rather than fail the host.
        client.UseConnectionRetryFilter(async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            return !ct.IsCancellationRequested;
        });
        return client;
    }
}
