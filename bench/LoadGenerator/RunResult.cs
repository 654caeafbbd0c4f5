namespace Orchestrator.LoadGenerator;

internal sealed record RunResult(
    string Path, int Screens, long Updates, double Seconds, long ExpectedDeliveries, LatencySummary Latency, int Errors, string MemoryBefore, string MemoryAfter)
{
    /// <summary>How long the updates took to be answered (the grain path's REST calls), if timed.</summary>
    public LatencySummary? Acknowledged { get; init; }

    public override string ToString() =>
        $"{Path}: screens={Screens} updates={Updates} ({Updates / Seconds:F1}/s) deliveries={Latency.Deliveries}/{ExpectedDeliveries} " +
        $"({Latency.Deliveries / Seconds:F0}/s) latency p50={Latency.P50:F1} ms p99={Latency.P99:F1} ms max={Latency.Max:F1} ms errors={Errors}" +
        (Acknowledged is { } ack ? Environment.NewLine + $"  updates answered: p50={ack.P50:F1} ms p99={ack.P99:F1} ms max={ack.Max:F1} ms" : "") +
        Environment.NewLine + $"  server memory before: {MemoryBefore}; after: {MemoryAfter}";
}
