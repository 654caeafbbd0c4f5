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
    }
}
