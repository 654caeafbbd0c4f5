using System.Diagnostics;

namespace Orchestrator.LoadGenerator;

/// <summary>Latencies seen by all screens; each screen writes only its own list (SignalR calls a connection's handlers one at a time).</summary>
internal sealed class LatencyRecorder(int screens)
{
    private readonly List<double>[] _perScreen = Enumerable.Range(0, screens).Select(_ => new List<double>()).ToArray();

    public void Record(int screen, long sentTimestamp) =>
        _perScreen[screen].Add(Stopwatch.GetElapsedTime(sentTimestamp).TotalMilliseconds);

    public LatencySummary Summarise() => Summarise(_perScreen.SelectMany(l => l));

    public static LatencySummary Summarise(IEnumerable<double> latencies)
    {
        var all = latencies.Order().ToArray();
        return all.Length == 0
            ? new LatencySummary(0, double.NaN, double.NaN, double.NaN)
            : new LatencySummary(all.Length, Percentile(all, 0.50), Percentile(all, 0.99), all[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
