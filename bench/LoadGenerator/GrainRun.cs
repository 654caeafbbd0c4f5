using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
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
            // The same load, unmeasured: a fresh server's first requests compile its code (tiered JIT).
            Console.WriteLine($"Connected. Warming up at {o.Rate}/s for {o.Warmup.TotalSeconds} s…");
            await RunLeads(o.Warmup, measure: false);
            Interlocked.Exchange(ref messages, 0);
            Interlocked.Exchange(ref carried, 0);
        }

        var memoryBefore = ServerMemory.Read(o.ServerPid);
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
        await Screens.Close(screens);
        return new RunResult("grain path (REST → grains → hub)", o.Screens, total, seconds, expected, recorder.Summarise(), errors, memoryBefore, memoryAfter)
        {
            Acknowledged = LatencyRecorder.Summarise(acknowledged),
            Messages = (Interlocked.Read(ref messages), Interlocked.Read(ref carried)),
        };
        // Each lead: one update in flight, one every interval, for the time given; the versions and the
        // milestone's state carry over from the warm-up. Only measured updates are timed at the screens.
        async Task<long[]> RunLeads(TimeSpan duration, bool measure)
        {
            var clock = Stopwatch.StartNew();
            return await Task.WhenAll(leads.Select(async (lead, index) =>
            {
                // Spread the leads over one interval so updates do not all leave at once.
                await Task.Delay(interval * index / leads.Count);
                using var timer = new PeriodicTimer(interval);
                var count = 0L;
                var maxUpdates = (long)Math.Ceiling(duration / interval) + 1;
                do
                {
                    var status = moves[index] % 2 == 0 ? "in-progress" : "todo";
                    if (measure)
                    {
                        sent[(lead.MissionId, versions[index] + 1)] = Stopwatch.GetTimestamp();
                    }

                    using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/editions/{editionId}/missions/{lead.MissionId}/milestones/framing")
                    {
                        Content = JsonContent.Create(new { status }),
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", lead.Token);
                    try
                    {
                        var sending = Stopwatch.GetTimestamp();
                        using var response = await http.SendAsync(request);
                        var body = await BenchEdition.Expect(response);
                        if (measure)
                        {
                            acknowledged.Add(Stopwatch.GetElapsedTime(sending).TotalMilliseconds);
                        }

                        versions[index] = (long)body["version"]!;
                        moves[index]++;
                        count++;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        if (measure)
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                }
                while (count < maxUpdates && clock.Elapsed < duration && await timer.WaitForNextTickAsync());
                return count;
            }));
        }
    }
}
