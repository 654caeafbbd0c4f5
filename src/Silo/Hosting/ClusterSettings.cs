using Microsoft.Extensions.Configuration;

namespace Orchestrator.Silo.Hosting;

/// <summary>Bound from <c>Orchestrator:Cluster</c>.</summary>
public sealed class ClusterSettings
{
    public const string Section = "Orchestrator:Cluster";
    public const string Local = "local";
    public const string Postgres = "postgres";

    /// <summary><c>local</c> (default: localhost clustering, one silo) or <c>postgres</c> (ADO.NET clustering and reminders).</summary>
    public string Mode { get; set; } = Local;

    public string ClusterId { get; set; } = "orchestrator";

    public string ServiceId { get; set; } = "orchestrator";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>The web host runs a silo itself (default), or joins the cluster as a client only.</summary>
    public bool CoHostSilo { get; set; } = true;

    // Failure detection and the client's patience (README, "Failure detection"): chosen for a venue LAN,
    // where a silo answers a probe in milliseconds and a lost one must stop holding missions within seconds.

    /// <summary>How long a silo waits for another's answer to a liveness probe, and the pace of probes.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How far Orleans may stretch <see cref="ProbeTimeout"/> for a silo that answers slowly.</summary>
    public TimeSpan MaxProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Probes missed in a row before a silo votes another one dead.</summary>
    public int MissedProbesLimit { get; set; } = 2;

    /// <summary>Votes that declare a silo dead (Orleans asks fewer in a cluster of one or two silos).</summary>
    public int VotesForDeath { get; set; } = 2;

    /// <summary>A silo that misses direct probes is also probed through another silo before it is voted dead.</summary>
    public bool IndirectProbes { get; set; } = true;

    /// <summary>How often a silo reads the membership table (changes are also gossiped at once).</summary>
    public TimeSpan TableRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a silo writes its heartbeat into the membership table.</summary>
    public TimeSpan IAmAlivePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a grain call made in a silo (a grain's, or a co-hosting web host's) waits for its answer before it fails.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a grain call from a client-only web host waits for its answer. An Orleans client is told of
    /// no dead silo: a call in flight through a gateway that died, or forwarded to a silo that died, fails
    /// only when this runs out. So it bounds how long a SIGKILLed silo holds a request (bench/failover.sh).
    /// </summary>
    public TimeSpan ClientResponseTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often a client-only web host reads the list of gateways (silos) it may use.</summary>
    public TimeSpan GatewayListRefresh { get; set; } = TimeSpan.FromSeconds(5);

    public bool IsPostgres => string.Equals(Mode, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>Binds the section and checks it: a wrong value stops the host at start with a clear message.</summary>
    public static ClusterSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<ClusterSettings>() ?? new ClusterSettings();
        settings.Validate();
        return settings;
    }

    public void Validate()
    {
        if (!IsPostgres && !string.Equals(Mode, Local, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Orchestrator:Cluster:Mode must be '{Local}' or '{Postgres}', not '{Mode}'.");
        }

        if (SiloPort is < 1 or > 65535 || GatewayPort is < 1 or > 65535 || SiloPort == GatewayPort)
        {
            throw new InvalidOperationException($"Orchestrator:Cluster:SiloPort ({SiloPort}) and GatewayPort ({GatewayPort}) must be two different ports from 1 to 65535.");
        }

        TimeSpan[] periods = [ProbeTimeout, MaxProbeTimeout, TableRefresh, IAmAlivePeriod, ResponseTimeout, ClientResponseTimeout, GatewayListRefresh];
        if (periods.Any(p => p <= TimeSpan.Zero))
        {
            throw new InvalidOperationException("Orchestrator:Cluster: ProbeTimeout, MaxProbeTimeout, TableRefresh, IAmAlivePeriod, ResponseTimeout, ClientResponseTimeout and GatewayListRefresh must be positive.");
        }

        if (MaxProbeTimeout < ProbeTimeout)
        {
            throw new InvalidOperationException($"Orchestrator:Cluster:MaxProbeTimeout ({MaxProbeTimeout}) must be at least ProbeTimeout ({ProbeTimeout}).");
        }

        if (MissedProbesLimit < 1 || VotesForDeath < 1)
        {
            throw new InvalidOperationException($"Orchestrator:Cluster:MissedProbesLimit ({MissedProbesLimit}) and VotesForDeath ({VotesForDeath}) must be at least 1.");
        }

        // A call must outlive the detection of a dead silo, or every failover would surface as timeouts.
        if (ResponseTimeout <= MaxProbeTimeout)
        {
            throw new InvalidOperationException($"Orchestrator:Cluster:ResponseTimeout ({ResponseTimeout}) must be longer than MaxProbeTimeout ({MaxProbeTimeout}).");
        }

        if (ClientResponseTimeout <= MaxProbeTimeout)
        {
            throw new InvalidOperationException($"Orchestrator:Cluster:ClientResponseTimeout ({ClientResponseTimeout}) must be longer than MaxProbeTimeout ({MaxProbeTimeout}).");
        }
    }
}
