namespace Orchestrator.WebHost.Operations;

/// <summary>Bound from <c>Orchestrator:Metrics</c>, <c>Orchestrator:Logging</c> and <c>Orchestrator:Health:ReadyCacheFor</c>: how the host is watched.</summary>
public sealed class OperationsSettings
{
    public const string MetricsPublicKey = "Orchestrator:Metrics:Public";
    public const string JsonLogsKey = "Orchestrator:Logging:Json";
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ReadyCacheForKey = "Orchestrator:Health:ReadyCacheFor";

    /// <summary><c>/metrics</c> without a token (for a scraper inside a trusted network); else the admin token.</summary>
    public bool MetricsPublic { get; init; }

    /// <summary>One JSON object per log line, with scopes and the trace id.</summary>
    public bool JsonLogs { get; init; }

    /// <summary>Traces and metrics also leave by OTLP when this standard variable is set.</summary>
    public bool ExportOtlp { get; init; }

    /// <summary>How long <c>/health/ready</c> reuses a check's result (public route: a probe loop costs one check per period).</summary>
    public TimeSpan ReadyCacheFor { get; init; } = TimeSpan.FromSeconds(1);

    public static OperationsSettings From(IConfiguration configuration) => new()
    {
        MetricsPublic = configuration.GetValue<bool>(MetricsPublicKey),
        JsonLogs = configuration.GetValue<bool>(JsonLogsKey),
        ExportOtlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]),
        ReadyCacheFor = configuration.GetValue(ReadyCacheForKey, TimeSpan.FromSeconds(1)),
    };
}
