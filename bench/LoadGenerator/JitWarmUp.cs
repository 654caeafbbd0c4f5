using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// The warm-up: the run's own load, unmeasured, in rounds of <see cref="Round"/>, until the runtime has done
/// recompiling the hot code (tiered compilation) in the server and in this process: a round in which neither
/// compiled more than <see cref="QuietMethods"/> methods. A fresh web host keeps recompiling for 30–40 s
/// under this load on 2 cores (hundreds of methods every 2 s, a quarter of its processor time in the
/// background compiler): timed then, it is a server just started, not the one that runs the event for hours.
/// Bounded by <c>--warmup</c> (the most; 0 skips it).
/// </summary>
internal static class JitWarmUp
{
    public static readonly TimeSpan Round = TimeSpan.FromSeconds(5);

    private const long QuietMethods = 50;

    /// <param name="most">The longest warm-up.</param>
    /// <param name="round">Runs the load, unmeasured, for the time given.</param>
    /// <param name="serverCompiled">The server's compiled-method count so far, or null if it is this process or cannot be read.</param>
    public static async Task<string> Run(TimeSpan most, Func<TimeSpan, Task> round, Func<Task<long?>> serverCompiled)
    {
        var clock = Stopwatch.StartNew();
        var server = await serverCompiled();
        var own = JitInfo.GetCompiledMethodCount();
        var last = "";
        while (clock.Elapsed < most)
        {
            var left = most - clock.Elapsed;
            await round(left < Round ? left : Round);
            var serverNow = await serverCompiled();
            var ownNow = JitInfo.GetCompiledMethodCount();
            var serverAdded = serverNow - server;
            var ownAdded = ownNow - own;
            last = string.Create(CultureInfo.InvariantCulture, $"methods compiled in the last round: server {serverAdded?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}, load generator {ownAdded}");
            if (serverAdded is null or <= QuietMethods && ownAdded <= QuietMethods)
            {
                return string.Create(CultureInfo.InvariantCulture, $"warm-up: {clock.Elapsed.TotalSeconds:F0} s, until the JIT settled ({last})");
            }

            (server, own) = (serverNow, ownNow);
        }

        return string.Create(CultureInfo.InvariantCulture, $"warm-up: {clock.Elapsed.TotalSeconds:F0} s, the most (--warmup); the JIT had not settled ({last})");
    }

    /// <summary>The web host's <c>dotnet_jit_compiled_methods_total</c>, from its <c>/metrics</c> (admin token).</summary>
    public static async Task<long?> FromMetrics(HttpClient admin)
    {
        try
        {
            var text = await admin.GetStringAsync("/metrics");
            var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("dotnet_jit_compiled_methods_total", StringComparison.Ordinal));
            return line is null ? null : (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
