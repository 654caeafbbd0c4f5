using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// <c>--storm</c>: N screens joined to one edition, reconnecting as the pages do (jittered back-off),
/// while the web host restarts under them (bench/storm.sh stops and starts it once this run prints
/// <c>STORM READY</c>). Measures how long until every screen is back with its snapshot, and the latency
/// of the team leads' updates (each with its Idempotency-Key, retried as the lead page's outbox does)
/// while the screens come back. Bounded by <see cref="BenchOptions.Duration"/>.
/// </summary>
internal static class StormRun
{
    private static readonly TimeSpan LeadRetryEvery = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan AfterStorm = TimeSpan.FromSeconds(5);

    public static async Task<string> Run(BenchOptions o)
    {
        using var http = new HttpClient { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", o.Token);
        var (editionId, leadTokens) = await BenchEdition.Create(http, "storm", o.Missions);

        var clock = Stopwatch.StartNew();
        var back = new double[o.Screens];
        var backCount = 0;
        var joinFailures = 0;
        var wentDown = double.NaN;
        var allBack = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Console.WriteLine($"Edition {editionId} with {o.Missions} missions; connecting {o.Screens} screens…");
        var screens = await Screens.Open(o.Screens, new Uri(o.Url!, "/hubs/live"), o.Token, async (i, connection) =>
        {
            connection.Reconnecting += _ =>
            {
                lock (back)
                {
                    if (double.IsNaN(wentDown))
                    {
                        wentDown = clock.Elapsed.TotalMilliseconds;
                    }
                }

                return Task.CompletedTask;
            };
            connection.Reconnected += async _ =>
            {
                // The server forgot this connection's groups: join again, as a page does.
                while (connection.State == HubConnectionState.Connected)
                {
                    try
                    {
                        await connection.InvokeAsync<JsonElement>("JoinEdition", editionId);
                        if (back[i] == 0)
                        {
                            back[i] = clock.Elapsed.TotalMilliseconds;
                            if (Interlocked.Increment(ref backCount) == o.Screens)
                            {
                                allBack.TrySetResult();
                            }
                        }

                        return;
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        Interlocked.Increment(ref joinFailures);
                        await Task.Delay(LeadRetryEvery);
                    }
                }
            };
            await connection.StartAsync();
            await connection.InvokeAsync<JsonElement>("JoinEdition", editionId);
        }, new JitteredRetry());

        var connected = screens.Count(c => c.State == HubConnectionState.Connected);
        Console.WriteLine($"STORM READY: {connected} of {o.Screens} screens joined after {clock.Elapsed.TotalSeconds:F1} s; restart the web host now");

        // The leads keep working through the restart, each with one update in flight.
        using var stop = new CancellationTokenSource();
        var attempts = new ConcurrentBag<(double StartedAt, double Milliseconds, bool Ok)>();
        var interval = TimeSpan.FromSeconds(o.Missions / o.Rate);
        var leads = leadTokens.Select((lead, index) => Lead(http, editionId, lead, interval, interval * index / leadTokens.Count, clock, attempts, stop.Token)).ToList();

        var finished = await Task.WhenAny(allBack.Task, Task.Delay(o.Duration));
        var stormEnd = clock.Elapsed.TotalMilliseconds;
        await Task.Delay(AfterStorm);
        await stop.CancelAsync();
        var acknowledged = (await Task.WhenAll(leads)).Sum();

        var returned = back.Where(t => t > 0).Order().ToArray();
        var firstBack = returned.Length > 0 ? returned[0] : double.NaN;
        var lastBack = returned.Length > 0 ? returned[^1] : double.NaN;
        var during = attempts.Where(a => a.Ok && a.StartedAt >= firstBack && a.StartedAt <= stormEnd).Select(a => a.Milliseconds).Order().ToArray();
        var after = attempts.Where(a => a.Ok && a.StartedAt > stormEnd).Select(a => a.Milliseconds).Order().ToArray();
        var failedAttempts = attempts.Count(a => !a.Ok);
        var acks = attempts.Where(a => a.Ok).Select(a => a.StartedAt + a.Milliseconds).Order().ToArray();
        var longestWithoutAck = acks.Zip(acks.Skip(1), (a, b) => b - a).DefaultIfEmpty(double.NaN).Max();
        await Screens.Close(screens);

        return $"storm: screens={o.Screens} joined before={connected} back={returned.Length}{(finished == allBack.Task ? "" : " (TIMED OUT)")} rejoin failures={joinFailures}" + Environment.NewLine +
               $"  from the first disconnect: first screen back after {(firstBack - wentDown) / 1000:F1} s, every screen back with its snapshot after {(lastBack - wentDown) / 1000:F1} s " +
               $"({(lastBack - firstBack) / 1000:F1} s after the first one); longest time with no lead update acknowledged {longestWithoutAck / 1000:F1} s" + Environment.NewLine +
               $"  lead updates while the screens came back: {Describe(during)}; in the {AfterStorm.TotalSeconds:F0} s after: {Describe(after)}; " +
               $"acknowledged {acknowledged}, failed attempts (server away, retried with the same key) {failedAttempts}";
    }

    private static async Task<long> Lead(HttpClient http, string editionId, (string MissionId, string Token) lead, TimeSpan interval, TimeSpan offset, Stopwatch clock,
        ConcurrentBag<(double, double, bool)> attempts, CancellationToken stop)
    {
        var acknowledged = 0L;
        try
        {
            await Task.Delay(offset, stop);
            using var timer = new PeriodicTimer(interval);
            do
            {
                var key = Guid.NewGuid().ToString("n");
                var status = acknowledged % 2 == 0 ? "in-progress" : "todo";
                while (!stop.IsCancellationRequested)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/editions/{editionId}/missions/{lead.MissionId}/milestones/framing")
                    {
                        Content = JsonContent.Create(new { status }),
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", lead.Token);
                    request.Headers.Add("Idempotency-Key", key);
                    var startedAt = clock.Elapsed.TotalMilliseconds;
                    try
                    {
                        using var response = await http.SendAsync(request, stop);
                        await BenchEdition.Expect(response);
                        attempts.Add((startedAt, clock.Elapsed.TotalMilliseconds - startedAt, true));
                        acknowledged++;
                        break;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
                    {
                        attempts.Add((startedAt, clock.Elapsed.TotalMilliseconds - startedAt, false));
                        await Task.Delay(LeadRetryEvery, stop);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }

        return acknowledged;
    }

    private static string Describe(double[] sorted) => sorted.Length == 0
        ? "none"
        : $"{sorted.Length} acknowledged, p50={sorted[sorted.Length / 2]:F0} ms p99={sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(0.99 * sorted.Length) - 1)]:F0} ms max={sorted[^1]:F0} ms";
}
