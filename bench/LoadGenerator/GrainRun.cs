using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// The real path: team leads move milestones through the REST API; screens joined to the edition on
/// <c>/hubs/live</c> time each <c>MissionChanged</c> against the moment its update was sent, matched by
/// (mission id, mission version): each lead has one update in flight, so it knows the next version. The
/// REST answers are timed too: the write path's share of the latency.
/// </summary>
internal static class GrainRun
{
    /// <summary>Up to this many leads, each sends from a thread of its own; past it they share the thread pool.</summary>
    private const int LeadThreadsAtMost = 64;

    public static async Task<RunResult> Run(BenchOptions o)
    {
        using var http = new HttpClient { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", o.Token);
        var (editionId, leads) = await BenchEdition.Create(http, "bench", o.Missions);
        var sent = new ConcurrentDictionary<(string, long), long>();
        var recorder = new LatencyRecorder(o.Screens);
        var messages = 0L;
        var carried = 0L;
        Console.WriteLine($"Edition {editionId} with {o.Missions} missions; connecting {o.Screens} screens…");
        var screens = await Screens.Open(o.Screens, new Uri(o.Url!, "/hubs/live"), o.Token, messagePack: o.MessagePack, prepare: async (i, connection) =>
        {
            MissionChanges.On(connection, o.MessagePack, (missionId, version) =>
            {
                if (sent.TryGetValue((missionId, version), out var at))
                {
                    recorder.Record(i, at);
                }
            }, events =>
            {
                Interlocked.Increment(ref messages);
                Interlocked.Add(ref carried, events);
            });
            await connection.StartAsync();
            await connection.InvokeAsync("JoinEdition", editionId);
        });

        var errors = 0;
        var acknowledged = new ConcurrentBag<double>();
        var interval = TimeSpan.FromSeconds(o.Missions / o.Rate);
        var versions = new long[leads.Count];
        Array.Fill(versions, 1L);
        var moves = new long[leads.Count];
        if (o.Warmup > TimeSpan.Zero)
        {
            // The same load, unmeasured, until the server's code is compiled for good (tiered JIT).
            Console.WriteLine($"Connected. Warming up at {o.Rate}/s until the JIT settles (at most {o.Warmup.TotalSeconds} s)…");
            Console.WriteLine(await JitWarmUp.Run(o.Warmup, round => RunLeads(round, measure: false), () => JitWarmUp.FromMetrics(http)));
            Interlocked.Exchange(ref messages, 0);
            Interlocked.Exchange(ref carried, 0);
        }

        var memoryBefore = ServerMemory.Read(o.ServerPid);
        var cpu = CpuUse.Start(o.ServerPid);
        Console.WriteLine($"Updating at {o.Rate}/s for {o.Duration.TotalSeconds} s…");
        var clock = Stopwatch.StartNew();
        var updates = await RunLeads(o.Duration, measure: true);
        var seconds = clock.Elapsed.TotalSeconds;
        var total = updates.Sum();
        var expected = total * o.Screens;

        // Let the last events land (bounded).
        var drain = Stopwatch.StartNew();
        while (recorder.Summarise().Deliveries < expected && drain.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(100);
        }

        var memoryAfter = ServerMemory.Read(o.ServerPid);
        var cpuUsed = cpu.Stop(clock.Elapsed.TotalSeconds);
        await Screens.Close(screens);
        return new RunResult("grain path (REST → grains → hub)", o.Screens, total, seconds, expected, recorder.Summarise(), errors, memoryBefore, memoryAfter)
        {
            Cpu = cpuUsed,
            Acknowledged = LatencyRecorder.Summarise(acknowledged),
            Messages = (Interlocked.Read(ref messages), Interlocked.Read(ref carried)),
        };

        // Each lead: one update in flight, one every interval, for the time given; the versions and the
        // milestone's state carry over from the warm-up. Only measured updates are timed at the screens.
        // A lead (up to LeadThreadsAtMost) runs on a thread of its own and sends synchronously: its timings
        // must not wait in this process's thread pool behind the screens' handlers (1,000 screens at 20/s:
        // 20,000 a second),
        // which once made the answers' p99 here three times the server's own (dotnet-counters,
        // http.server.request.duration).
        Task<long[]> RunLeads(TimeSpan duration, bool measure)
        {
            var clock = Stopwatch.StartNew();
            return Task.WhenAll(leads.Select((lead, index) =>
            {
                if (leads.Count > LeadThreadsAtMost)
                {
                    return Task.Run(() => LeadAsync(lead.MissionId, lead.Token, index, duration, measure, clock));
                }

                var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                var thread = new Thread(() =>
                {
                    try
                    {
                        done.SetResult(Lead(lead.MissionId, lead.Token, index, duration, measure, clock));
                    }
                    catch (Exception ex)
                    {
                        done.SetException(ex);
                    }
                })
                { IsBackground = true, Name = $"lead {index}" };
                thread.Start();
                return done.Task;
            }));
        }

        // Past LeadThreadsAtMost leads, threads of their own cost more than they save (500 threads on 2
        // cores: p99 414 ms where the thread pool gave 60-160 ms): the leads share the thread pool.
        async Task<long> LeadAsync(string missionId, string token, int index, TimeSpan duration, bool measure, Stopwatch clock)
        {
            await Task.Delay(interval * index / leads.Count);
            using var timer = new PeriodicTimer(interval);
            var count = 0L;
            var maxUpdates = (long)Math.Ceiling(duration / interval) + 1;
            do
            {
                using var request = Update(missionId, token, index, measure);
                try
                {
                    var sending = Stopwatch.GetTimestamp();
                    using var response = await http.SendAsync(request);
                    Acknowledged(index, sending, BenchEdition.Body(response, await response.Content.ReadAsStringAsync()), measure);
                    count++;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Failed(measure);
                }
            }
            while (count < maxUpdates && clock.Elapsed < duration && await timer.WaitForNextTickAsync());
            return count;
        }

        // An update is due every interval from the lead's start: one that could not leave on time because
        // the one before was still in flight leaves as soon as that one is answered, and is timed from when
        // it was due (at the screens and for its answer), so a slow answer shows in the figures instead of
        // lowering the rate asked (coordinated omission). One that left late because this thread woke late
        // (a loaded machine) is timed from when it left: that delay is the generator's, not the server's.
        long Lead(string missionId, string token, int index, TimeSpan duration, bool measure, Stopwatch clock)
        {
            // Spread the leads over one interval so updates do not all leave at once.
            var due = clock.Elapsed + (interval * index / leads.Count);
            var started = Stopwatch.GetTimestamp() - (long)(clock.Elapsed.TotalSeconds * Stopwatch.Frequency);
            var count = 0L;
            var answeredAt = 0L;
            var maxUpdates = (long)Math.Ceiling(duration / interval) + 1;
            while (count < maxUpdates && due < duration)
            {
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    Thread.Sleep(wait);
                }

                var dueAt = started + (long)(due.TotalSeconds * Stopwatch.Frequency);
                var from = answeredAt > dueAt ? dueAt : Stopwatch.GetTimestamp();
                due += interval;
                using var request = Update(missionId, token, index, measure, from);
                try
                {
                    using var response = http.Send(request);
                    using var reader = new StreamReader(response.Content.ReadAsStream());
                    answeredAt = Stopwatch.GetTimestamp();
                    Acknowledged(index, from, BenchEdition.Body(response, reader.ReadToEnd()), measure);
                    count++;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    answeredAt = Stopwatch.GetTimestamp();
                    Failed(measure);
                }
            }

            return count;
        }

        // The lead's next move (its milestone there and back), timed at the screens when measured: from the
        // moment given, or from now.
        HttpRequestMessage Update(string missionId, string token, int index, bool measure, long? from = null)
        {
            var status = moves[index] % 2 == 0 ? "in-progress" : "todo";
            if (measure)
            {
                sent[(missionId, versions[index] + 1)] = from ?? Stopwatch.GetTimestamp();
            }

            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/editions/{editionId}/missions/{missionId}/milestones/framing")
            {
                Content = JsonContent.Create(new { status }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }

        void Acknowledged(int index, long sending, JsonNode body, bool measure)
        {
            if (measure)
            {
                acknowledged.Add(Stopwatch.GetElapsedTime(sending).TotalMilliseconds);
            }

            versions[index] = (long)body["version"]!;
            moves[index]++;
        }

        void Failed(bool measure)
        {
            if (measure)
            {
                Interlocked.Increment(ref errors);
            }
        }
    }
}
