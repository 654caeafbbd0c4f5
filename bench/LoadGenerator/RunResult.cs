namespace Orchestrator.LoadGenerator;

internal sealed record RunResult(
    string Path, int Screens, long Updates, double Seconds, long ExpectedDeliveries, LatencySummary Latency, int Errors, string MemoryBefore, string MemoryAfter)
{
    /// <summary>How long the updates took to be answered (the grain path's REST calls), if timed.</summary>
    public LatencySummary? Acknowledged { get; init; }

    /// <summary>Processor time of the server and of this process over the run, if measured.</summary>
    public CpuUse? Cpu { get; init; }

    /// <summary>The hub messages the screens received and the events they carried, if counted.</summary>
    public (long Received, long Events)? Messages { get; init; }

    public override string ToString() =>
        $"{Path}: screens={Screens} updates={Updates} ({Updates / Seconds:F1}/s) deliveries={Latency.Deliveries}/{ExpectedDeliveries} " +
        $"({Latency.Deliveries / Seconds:F0}/s) latency p50={Latency.P50:F1} ms p99={Latency.P99:F1} ms max={Latency.Max:F1} ms errors={Errors}" +
        (Acknowledged is { } ack ? Environment.NewLine + $"  updates answered: p50={ack.P50:F1} ms p99={ack.P99:F1} ms max={ack.Max:F1} ms" : "") +
        (Messages is { Received: > 0 } m ? Environment.NewLine + $"  hub messages: {m.Received} carrying {m.Events} events ({(double)m.Events / m.Received:F2} a message)" : "") +
        (Cpu is { } cpu ? Environment.NewLine + "  " + cpu.Describe(Latency.Deliveries) : "") +
        Environment.NewLine + $"  server memory before: {MemoryBefore}; after: {MemoryAfter}";
}
