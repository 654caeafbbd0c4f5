using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// Standalone silos (TestingHost, real TCP) on one PostgreSQL, that a test can kill one by one, and
/// the settings of web hosts that join them as clients.
/// </summary>
public static class FailoverCluster
{
    public static async Task<TestCluster> StartAsync(IReadOnlyDictionary<string, string?> settings, short silos)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ClusterId = settings["Orchestrator:Cluster:ClusterId"]!;
        builder.Options.ServiceId = settings["Orchestrator:Cluster:ServiceId"]!;
        builder.Options.UseTestClusterMembership = false;
        builder.Options.InitializeClientOnDeploy = false;
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Orchestrator:Live:BatchWindow"] = "00:00:00.005",
            ["Orchestrator:Live:HostListRefresh"] = "00:00:00.200",
        }));
        builder.AddSiloBuilderConfigurator<PostgresSiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>
    /// A web host that runs no silo: it reaches the cluster through its gateways. It renews its live
    /// registration rarely, so the push path must come back without waiting for a renewal.
    /// </summary>
    public static Dictionary<string, string?> ClientHost(IReadOnlyDictionary<string, string?> settings) =>
        new(settings)
        {
            ["Orchestrator:Cluster:CoHostSilo"] = "false",
            ["Orchestrator:Live:HostRenewEvery"] = "00:00:30",
        };
}
