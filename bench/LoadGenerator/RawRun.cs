using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// The raw limit of this machine: a bare SignalR hub on another loopback port, in this process or
/// (<c>--raw-url</c>) in one of its own (<see cref="RawServe"/>), broadcasting an <c>Events</c> batch shaped like the server's (<see cref="RawBatch"/>, its time in the
/// mission's version) to every screen at the same rate, read by the same handler.
/// </summary>
internal static class RawRun
{
    public static async Task<RunResult> Run(BenchOptions o)
    {
        // In this process, or (--raw-url) a bare hub process of its own (RawServe), asked over HTTP to broadcast.
        await using var app = o.RawUrl is null ? RawHubHost.Build(o) : null;
        using var control = o.RawUrl is null ? null : new HttpClient { BaseAddress = o.RawUrl, Timeout = TimeSpan.FromMinutes(11) };
        if (app is not null)
        {
            await app.StartAsync();
        }

        var hubUrl = o.RawUrl is null ? new Uri($"http://127.0.0.1:{o.RawPort}/raw") : new Uri(o.RawUrl, "/raw");
        var hubPid = o.RawUrl is null ? Environment.ProcessId : o.RawPid;
        var recorder = new LatencyRecorder(o.Screens);
        Console.WriteLine($"Raw hub at {hubUrl}{(app is null ? $" (process {o.RawPid})" : " (in this process)")}; connecting {o.Screens} screens…");
        var screens = await Screens.Open(o.Screens, hubUrl, null, messagePack: o.MessagePack, prepare: async (i, connection) =>
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
            Console.WriteLine($"Connected. Warming up at {o.Rate}/s until the JIT settles (at most {o.Warmup.TotalSeconds} s)…");
            Console.WriteLine(await JitWarmUp.Run(o.Warmup, round => Broadcast(round, measure: false), ServerCompiled));
        }

        var memoryBefore = ServerMemory.Read(hubPid);
        var cpu = CpuUse.Start(hubPid);
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

        var memoryAfter = ServerMemory.Read(hubPid);
        var cpuUsed = cpu.Stop(clock.Elapsed.TotalSeconds);
        await Screens.Close(screens);
        if (app is not null)
        {
            await app.StopAsync();
        }

        return new RunResult("raw broadcast (bare hub, no grains)", o.Screens, ticks, seconds, expected, recorder.Summarise(), 0, memoryBefore, memoryAfter) { Cpu = cpuUsed };

        // In this process, JitWarmUp counts its methods already; a --raw-serve process answers GET /jit.
        async Task<long?> ServerCompiled() =>
            control is null ? null : long.Parse(await control.GetStringAsync("/jit"), CultureInfo.InvariantCulture);

        async Task<long> Broadcast(TimeSpan duration, bool measure)
        {
            if (app is not null)
            {
                return await RawBroadcast.Run(app.Services.GetRequiredService<IHubContext<RawHub>>(), o.Rate, duration, measure);
            }

            var query = string.Create(CultureInfo.InvariantCulture, $"/broadcast?rate={o.Rate}&seconds={duration.TotalSeconds}&measure={(measure ? "true" : "false")}");
            using var answer = await control!.PostAsync(query, null);
            answer.EnsureSuccessStatusCode();
            return long.Parse(await answer.Content.ReadAsStringAsync(), CultureInfo.InvariantCulture);
        }
    }
}
