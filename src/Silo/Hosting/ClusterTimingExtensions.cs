using Orleans.Configuration;

namespace Orchestrator.Silo.Hosting;

/// <summary>
/// How fast a cluster notices a lost silo and how long its calls wait: <see cref="ClusterSettings"/>'
/// failure-detection and timeout settings handed to Orleans, for silos and client-only web hosts alike.
/// </summary>
public static class ClusterTimingExtensions
{
    /// <summary>Membership (probes, votes, table) and the silo's call timeout.</summary>
    public static ISiloBuilder AddOrchestratorFailureDetection(this ISiloBuilder silo, ClusterSettings cluster)
    {
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = cluster.ProbeTimeout;
            o.MinProbeTimeout = cluster.ProbeTimeout / 2;
            o.MaxProbeTimeout = cluster.MaxProbeTimeout;
            o.NumMissedProbesLimit = cluster.MissedProbesLimit;
            o.NumVotesForDeathDeclaration = cluster.VotesForDeath;
            o.EnableIndirectProbes = cluster.IndirectProbes;
            o.TableRefreshTimeout = cluster.TableRefresh;
            o.IAmAliveTablePublishTimeout = cluster.IAmAlivePeriod;
        });
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = cluster.ResponseTimeout);
        return silo;
    }

    /// <summary>The client's call timeout (its own: a client is never told a silo died) and how often it reads the gateways' list.</summary>
    public static IClientBuilder AddOrchestratorFailureDetection(this IClientBuilder client, ClusterSettings cluster)
    {
        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = cluster.ClientResponseTimeout);
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = cluster.GatewayListRefresh);
        return client;
    }
}
