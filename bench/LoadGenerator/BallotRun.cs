using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// The closing evening's burst (<c>--ballots N</c>): N guest tokens, the vote opened, then every guest
/// casts one ballot through <c>PUT …/ballots/mine</c> at once (at most <c>--in-flight</c> requests
/// open, as phones on one venue network), each with its Idempotency-Key. Reports ballots acknowledged
/// per second and their latency, then closes the vote and checks the tally counted each guest once.
/// </summary>
internal static class BallotRun
{
    private const int Workshops = 10;
    private const int ProposalsPerWorkshop = 5;
    private const int GuestsPerCall = 1000;

    public static async Task<string> Run(BenchOptions o)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = o.InFlight };
        using var http = new HttpClient(handler) { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", o.Token);
        var editionId = await BenchEdition.CreateEdition(http, "ballots", "Ballots load test", "Soirée");
        var proposals = new List<string>();
        for (var w = 0; w < Workshops; w++)
        {
            await BenchEdition.Expect(await http.PostAsJsonAsync($"/api/editions/{editionId}/workshops", new { id = $"w-{w}", title = $"Atelier {w}" }));
            for (var p = 0; p < ProposalsPerWorkshop; p++)
            {
                var id = $"p-{w}-{p}";
                await BenchEdition.Expect(await http.PostAsJsonAsync($"/api/editions/{editionId}/workshops/w-{w}/proposals", new { id, title = $"Proposition {w}.{p}" }));
                proposals.Add(id);
            }
        }

        await BenchEdition.Expect(await http.PutAsJsonAsync($"/api/editions/{editionId}/vote", new { mode = "points", budget = 10, revealTop = 10 }));
        var tokens = new List<string>();
        while (tokens.Count < o.Ballots)
        {
            var count = Math.Min(GuestsPerCall, o.Ballots - tokens.Count);
            var issued = await BenchEdition.Expect(await http.PostAsJsonAsync($"/api/editions/{editionId}/guests", new { guests = Enumerable.Range(0, count).Select(_ => new { }) }));
            tokens.AddRange(issued["guests"]!.AsArray().Select(g => (string)g!["token"]!));
        }

        await BenchEdition.Expect(await http.PostAsync($"/api/editions/{editionId}/vote/open", null));
        Console.WriteLine($"Edition {editionId}: {proposals.Count} proposals, {tokens.Count} guests; the vote is open, {o.InFlight} ballots in flight at most…");

        var latencies = new double[tokens.Count];
        var errors = 0;
        var gate = new SemaphoreSlim(o.InFlight);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(tokens.Select(async (token, i) =>
        {
            await gate.WaitAsync();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/editions/{editionId}/ballots/mine")
                {
                    Content = JsonContent.Create(new
                    {
                        allocations = new[]
                        {
                            new { proposalId = proposals[i % proposals.Count], points = 6 },
                            new { proposalId = proposals[(i * 7 + 3) % proposals.Count], points = 4 },
                        }.DistinctBy(a => a.proposalId),
                    }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Add("Idempotency-Key", $"ballot-{i}");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }
            finally
            {
                gate.Release();
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;

        var closed = await BenchEdition.Expect(await http.PostAsync($"/api/editions/{editionId}/vote/close", null));
        var counted = (int)closed["ballots"]!;
        var sorted = latencies.Order().ToArray();
        var acknowledged = tokens.Count - errors;
        return $"ballots: guests={tokens.Count} acknowledged={acknowledged} in {seconds:F1} s ({acknowledged / seconds:F0}/s) " +
            $"latency p50={Percentile(sorted, 0.50):F1} ms p99={Percentile(sorted, 0.99):F1} ms max={sorted[^1]:F1} ms errors={errors}; " +
            $"tally at close: {counted} ballots ({(counted == acknowledged ? "exact" : "MISMATCH")})";
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
