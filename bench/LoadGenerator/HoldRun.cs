using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// <c>--hold</c>: N idle screens joined to one edition and held open, then one milestone update:
/// how long connecting took, how many screens received the update and how fast, and the server's
/// memory with nobody connected and with everyone connected. Bounded: one update, 120 s of waiting.
/// </summary>
internal static class HoldRun
{
    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(120);

    public static async Task<string> Run(BenchOptions o)
    {
        using var http = new HttpClient { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", o.Token);
        var (editionId, _) = await BenchEdition.Create(http, "hold", missions: 1);

        var memoryIdle = ServerMemory.Read(o.ServerPid);
        var recorder = new LatencyRecorder(o.Screens);
        var received = 0;
        var failed = 0;
        string? firstFailure = null;
        var sentAt = 0L;
        var lastDelivery = 0L;
        Console.WriteLine($"Edition {editionId}; connecting and holding {o.Screens} screens…");
        var connecting = Stopwatch.StartNew();
        var screens = await Screens.Open(o.Screens, new Uri(o.Url!, "/hubs/live"), o.Token, messagePack: o.MessagePack, prepare: async (i, connection) =>
        {
            MissionChanges.On(connection, o.MessagePack, (missionId, _) =>
            {
                var at = Volatile.Read(ref sentAt);
                if (at != 0 && missionId == "m-0")
                {
                    recorder.Record(i, at);
                    Interlocked.Increment(ref received);
                    Volatile.Write(ref lastDelivery, Stopwatch.GetTimestamp());
                }
            });
            try
            {
                await connection.StartAsync();
                await connection.InvokeAsync("JoinEdition", editionId);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Interlocked.Increment(ref failed);
                Interlocked.CompareExchange(ref firstFailure, ex.Message, null);
            }

            if ((i + 1) % 1000 == 0)
            {
                Console.WriteLine($"  {i + 1} started after {connecting.Elapsed.TotalSeconds:F1} s");
            }
        });
        var connectSeconds = connecting.Elapsed.TotalSeconds;
        var connected = screens.Count(c => c.State == HubConnectionState.Connected);
        var memoryHeld = ServerMemory.Read(o.ServerPid);
        Console.WriteLine($"{connected} connected in {connectSeconds:F1} s ({failed} failed{(firstFailure is null ? "" : $": {firstFailure}")}); one update…");

        Volatile.Write(ref sentAt, Stopwatch.GetTimestamp());
        await BenchEdition.Expect(await http.PutAsJsonAsync($"/api/editions/{editionId}/missions/m-0/milestones/framing", new { status = "in-progress" }));
        var waiting = Stopwatch.StartNew();
        while (Volatile.Read(ref received) < connected && waiting.Elapsed < DeliveryWait)
        {
            await Task.Delay(100);
        }

        var latency = recorder.Summarise();
        var last = Volatile.Read(ref lastDelivery);
        var allWithin = last == 0 ? double.NaN : Stopwatch.GetElapsedTime(Volatile.Read(ref sentAt), last).TotalMilliseconds;
        var memoryAfter = ServerMemory.Read(o.ServerPid);
        var stillConnected = screens.Count(c => c.State == HubConnectionState.Connected);
        await Screens.Close(screens);
        return $"hold: screens={o.Screens} connected={connected} failed={failed} connect time={connectSeconds:F1} s " +
               $"({connected / connectSeconds:F0}/s)" + Environment.NewLine +
               $"  one update: delivered {received}/{connected}, last after {allWithin:F0} ms, p50={latency.P50:F0} ms p99={latency.P99:F0} ms; still connected after: {stillConnected}" + Environment.NewLine +
               $"  server memory idle: {memoryIdle}; {connected} held: {memoryHeld}; after the update: {memoryAfter}" + Environment.NewLine +
               $"  load generator: {Environment.WorkingSet / (1024 * 1024)} MB working set";
    }
}
