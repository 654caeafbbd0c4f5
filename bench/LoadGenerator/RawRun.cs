using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// The raw limit of this machine: a bare SignalR hub on another loopback port, in this process,
/// broadcasting an <c>Events</c> batch shaped like the server's (<see cref="RawBatch"/>, its time in the
/// mission's version) to every screen at the same rate, read by the same handler.
/// </summary>
internal static class RawRun
{
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
            MissionChanges.On(connection, o.MessagePack, (_, at) =>
            {
                // A warm-up message carries no time.
                if (at > 0)
                {
                    recorder.Record(i, at);
                }
            });
            await connection.StartAsync();
        });

        if (o.Warmup > TimeSpan.Zero)
        {
            Console.WriteLine($"Connected. Warming up at {o.Rate}/s for {o.Warmup.TotalSeconds} s…");
            await Broadcast(o.Warmup, measure: false);
        }

        var memoryBefore = ServerMemory.Read(Environment.ProcessId);
        Console.WriteLine($"Broadcasting at {o.Rate}/s for {o.Duration.TotalSeconds} s…");
        var clock = Stopwatch.StartNew();
        var ticks = await Broadcast(o.Duration, measure: true);
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

        async Task<long> Broadcast(TimeSpan duration, bool measure)
        {
            var clock = Stopwatch.StartNew();
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / o.Rate));
            var ticks = 0L;
            var maxTicks = (long)Math.Ceiling(duration.TotalSeconds * o.Rate) + 1;
            do
            {
                await hub.Clients.All.SendAsync("Events", RawBatch.Of(measure ? Stopwatch.GetTimestamp() : 0L));
                ticks++;
            }
            while (ticks < maxTicks && clock.Elapsed < duration && await timer.WaitForNextTickAsync());
            return ticks;
        }
    }
}
