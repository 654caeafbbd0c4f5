namespace Orchestrator.WebHost.Operations;

/// <summary>
/// Bound from <c>Orchestrator:Metrics</c>, <c>Orchestrator:Logging</c>, <c>Orchestrator:Tracing</c> and
/// <c>Orchestrator:Health:ReadyCacheFor</c>: how the host is watched.
/// </summary>
public sealed class OperationsSettings
{
    public const string MetricsPublicKey = "Orchestrator:Metrics:Public";
    public const string JsonLogsKey = "Orchestrator:Logging:Json";
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ReadyCacheForKey = "Orchestrator:Health:ReadyCacheFor";
    public const string TracingEnabledKey = "Orchestrator:Tracing:Enabled";
    public const string TraceSampleRatioKey = "Orchestrator:Tracing:SampleRatio";

    /// <summary><c>/metrics</c> without a token (for a scraper inside a trusted network); else the admin token.</summary>
    public bool MetricsPublic { get; init; }

    /// <summary>One JSON object per log line, with scopes and the trace id.</summary>
    public bool JsonLogs { get; init; }

    /// <summary>Traces and metrics also leave by OTLP when this standard variable is set.</summary>
    public bool ExportOtlp { get; init; }

    /// <summary>
    /// Spans of every request and grain call are recorded. Unset: only when they can leave
    /// (<see cref="ExportOtlp"/>), since spans that no exporter takes cost CPU on every request and
    /// grain call for nothing. On without an exporter, the logs of grain calls carry their request's trace id.
    /// </summary>
    public bool Tracing { get; init; }

    /// <summary>The share of traces recorded (0–1), decided at the trace's root and followed by every span under it.</summary>
    public double TraceSampleRatio { get; init; } = 1;

    /// <summary>How long <c>/health/ready</c> reuses a check's result (public route: a probe loop costs one check per period).</summary>
    public TimeSpan ReadyCacheFor { get; init; } = TimeSpan.FromSeconds(1);

    public static OperationsSettings From(IConfiguration configuration)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var ratio = configuration.GetValue(TraceSampleRatioKey, 1.0);
        if (ratio is < 0 or > 1 || double.IsNaN(ratio))
        {
            throw new InvalidOperationException($"{TraceSampleRatioKey} ({ratio}) must be from 0 to 1.");
        }

        return new()
        {
            MetricsPublic = configuration.GetValue<bool>(MetricsPublicKey),
            JsonLogs = configuration.GetValue<bool>(JsonLogsKey),
            ExportOtlp = exportOtlp,
            Tracing = configuration.GetValue(TracingEnabledKey, exportOtlp),
            TraceSampleRatio = ratio,
            ReadyCacheFor = configuration.GetValue(ReadyCacheForKey, TimeSpan.FromSeconds(1)),
        };
    }
}
