using System.Diagnostics.Metrics;

namespace Orchestrator.WebHost.Operations;

/// <summary>
/// Our own instruments (meter <c>Orchestrator</c>); Prometheus shows them as <c>orchestrator_…</c>.
/// </summary>
public sealed class OrchestratorMetrics
{
    public const string MeterName = "Orchestrator";

    private readonly Counter<long> _updatesAccepted;
    private readonly UpDownCounter<long> _screensConnected;
    private readonly Histogram<double> _pushLatency;
    private readonly Counter<long> _resyncs;
    private readonly Counter<long> _ballots;

    public OrchestratorMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _updatesAccepted = meter.CreateCounter<long>("orchestrator_updates_accepted", "{update}", "Changes acknowledged to their caller, by kind (method and route).");
        _screensConnected = meter.CreateUpDownCounter<long>("orchestrator_screens_connected", "{connection}", "Live connections (screens, pages) open on this host.");
        _pushLatency = meter.CreateHistogram<double>(
            "orchestrator_push_latency",
            "ms",
            "From this host's receipt of a batch of live events to the hub sends being started for all of them.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 1000] });
        _resyncs = meter.CreateCounter<long>("orchestrator_resyncs", "{join}", "JoinEdition calls on a connection after its first (a screen catching up).");
        _ballots = meter.CreateCounter<long>("orchestrator_ballots", "{ballot}", "Ballots acknowledged (a guest replacing their ballot counts again).");
    }

    public void UpdateAccepted(string kind) => _updatesAccepted.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void ScreenConnected() => _screensConnected.Add(1);

    public void ScreenDisconnected() => _screensConnected.Add(-1);

    public void Pushed(TimeSpan elapsed) => _pushLatency.Record(elapsed.TotalMilliseconds);

    public void Resynced() => _resyncs.Add(1);

    public void BallotCast() => _ballots.Add(1);
}
