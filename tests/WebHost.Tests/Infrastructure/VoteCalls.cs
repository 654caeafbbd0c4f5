using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Orchestrator.WebHost.Tests.Infrastructure;

/// <summary>The closing vote driven as the desk and the guests' phones would.</summary>
public static class VoteCalls
{
    /// <summary>An edition with <paramref name="workshops"/> workshops of <paramref name="perWorkshop"/> proposals each, the vote configured (draft).</summary>
    public static async Task<(string EditionId, List<string> ProposalIds)> NewVote(
        HttpClient admin, int workshops, int perWorkshop, string mode = "points", int budget = 10, int revealTop = 5)
    {
        var editionId = ApiCalls.NewId("vote");
        await ApiCalls.CreateEdition(admin, editionId);
        var proposals = new List<string>();
        for (var w = 1; w <= workshops; w++)
        {
            await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/workshops", new { id = $"atelier-{w}", title = $"Atelier {w}", host = "Ana" }), 201);
            for (var p = 1; p <= perWorkshop; p++)
            {
                var id = $"p{w}-{p}";
                await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/workshops/atelier-{w}/proposals", new { id, title = $"Proposition {w}.{p}", summary = "Un engagement concret" }), 201);
                proposals.Add(id);
            }
        }

        await ApiCalls.Json(await admin.PutAsJsonAsync($"/api/editions/{editionId}/vote", new { mode, budget, revealTop }), 200);
        return (editionId, proposals);
    }

    /// <summary>Guest tokens, issued in one call.</summary>
    public static async Task<List<string>> Guests(HttpClient admin, string editionId, int count)
    {
        var answer = await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/guests", new { guests = Enumerable.Range(0, count).Select(i => new { name = $"Invité {i}" }) }), 201);
        return answer["guests"]!.AsArray().Select(g => (string)g!["token"]!).ToList();
    }

    public static Task<HttpResponseMessage> Cast(HttpClient client, string editionId, string guestToken, IEnumerable<(string ProposalId, int Points)> allocations, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/editions/{editionId}/ballots/mine")
        {
            Content = JsonContent.Create(new { allocations = allocations.Select(a => new { proposalId = a.ProposalId, points = a.Points }) }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", guestToken);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string token)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }
}
