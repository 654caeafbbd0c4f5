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

        var memoryBefore = ServerMemory.Read(o.ServerPid);
        Console.WriteLine($"Connected. Updating at {o.Rate}/s for {o.Duration.TotalSeconds} s…");
        var errors = 0;
        var acknowledged = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        var interval = TimeSpan.FromSeconds(o.Missions / o.Rate);
        var updates = await Task.WhenAll(leads.Select(async (lead, index) =>
        {
            // Spread the leads over one interval so updates do not all leave at once.
            await Task.Delay(interval * index / leads.Count);
            using var timer = new PeriodicTimer(interval);
            var version = 1L;
            var count = 0L;
            var maxUpdates = (long)Math.Ceiling(o.Duration / interval) + 1;
            do
            {
                var status = count % 2 == 0 ? "in-progress" : "todo";
                sent[(lead.MissionId, version + 1)] = Stopwatch.GetTimestamp();
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
                    acknowledged.Add(Stopwatch.GetElapsedTime(sending).TotalMilliseconds);
                    version = (long)body["version"]!;
                    count++;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            while (count < maxUpdates && clock.Elapsed < o.Duration && await timer.WaitForNextTickAsync());
            return count;
        }));
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
    }
}
