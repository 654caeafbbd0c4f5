namespace Orchestrator.LoadGenerator;

internal sealed record RunResult(
    string Path, int Screens, long Updates, double Seconds, long ExpectedDeliveries, LatencySummary Latency, int Errors, string MemoryBefore, string MemoryAfter)
{
    public override string ToString() =>
        $"{Path}: screens={Screens} updates={Updates} ({Updates / Seconds:F1}/s) deliveries={Latency.Deliveries}/{ExpectedDeliveries} " +
        $"({Latency.Deliveries / Seconds:F0}/s) latency p50={Latency.P50:F1} ms p99={Latency.P99:F1} ms max={Latency.Max:F1} ms errors={Errors}" +
        Environment.NewLine + $"  server memory before: {MemoryBefore}; after: {MemoryAfter}";
}
