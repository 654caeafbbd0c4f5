using System.Globalization;
using Microsoft.AspNetCore.SignalR;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// <c>--raw-serve</c>: the bare hub as a process of its own, so that it can run on the cores the web host
/// runs on (bench/live.sh with <c>SPLIT_CORES=1</c>) while the screens stay in the load generator. The
/// generator (<c>--raw-url</c>) has it broadcast with <c>POST /broadcast?rate=R&amp;seconds=S&amp;measure=true</c>,
/// answered with the number of batches sent. Stopped by SIGTERM.
/// </summary>
internal static class RawServe
{
    public static async Task Run(BenchOptions o)
    {
        await using var app = RawHubHost.Build(o);
        app.MapPost("/broadcast", async (double rate, double seconds, bool measure, IHubContext<RawHub> hub) =>
            Results.Text((await RawBroadcast.Run(hub, rate, TimeSpan.FromSeconds(seconds), measure)).ToString(CultureInfo.InvariantCulture)));
        app.MapGet("/ready", () => Results.Text("ready"));
        app.MapGet("/jit", () => Results.Text(System.Runtime.JitInfo.GetCompiledMethodCount().ToString(CultureInfo.InvariantCulture)));
        Console.WriteLine($"Bare hub on 127.0.0.1:{o.RawPort} (process {Environment.ProcessId}, {Environment.ProcessorCount} cores)");
        await app.RunAsync();
    }
}
