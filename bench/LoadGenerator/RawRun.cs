using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// The raw limit of this machine: a bare SignalR hub on another loopback port, in this process,
/// broadcasting a timestamp (padded to the size of a MissionChanged event) to every screen at the same rate.
/// </summary>
internal static class RawRun
{
    private static readonly string Padding = new('x', 600);

    public static async Task<RunResult> Run(BenchOptions o)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, o.RawPort));
        var signalR = builder.Services.AddSignalR();
        if (o.MessagePack)
        {
            signalR.AddMessagePackProtocol();
        }

        await using var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<RawHub>("/raw");
        await app.StartAsync();
        var hub = app.Services.GetRequiredService<IHubContext<RawHub>>();

        var recorder = new LatencyRecorder(o.Screens);
        Console.WriteLine($"Raw hub on 127.0.0.1:{o.RawPort}; connecting {o.Screens} screens…");
        var screens = await Screens.Open(o.Screens, new Uri($"http://127.0.0.1:{o.RawPort}/raw"), null, messagePack: o.MessagePack, prepare: async (i, connection) =>
        {
            connection.On<long, string>("Tick", (at, _) => recorder.Record(i, at));
            await connection.StartAsync();
        });

        var memoryBefore = ServerMemory.Read(Environment.ProcessId);
        Console.WriteLine($"Connected. Broadcasting at {o.Rate}/s for {o.Duration.TotalSeconds} s…");
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / o.Rate));
        var ticks = 0L;
        var maxTicks = (long)Math.Ceiling(o.Duration.TotalSeconds * o.Rate) + 1;
        do
        {
            await hub.Clients.All.SendAsync("Tick", Stopwatch.GetTimestamp(), Padding);
            ticks++;
        }
        while (ticks < maxTicks && clock.Elapsed < o.Duration && await timer.WaitForNextTickAsync());
        var seconds = clock.Elapsed.TotalSeconds;
        var expected = ticks * o.Screens;

        var drain = Stopwatch.StartNew();
        while (recorder.Summarise().Deliveries < expected && drain.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(100);
        }

        var memoryAfter = ServerMemory.Read(Environment.ProcessId);
        await Screens.Close(screens);
        await app.StopAsync();
        return new RunResult("raw broadcast (bare hub, no grains)", o.Screens, ticks, seconds, expected, recorder.Summarise(), 0, memoryBefore, memoryAfter);
    }
}
