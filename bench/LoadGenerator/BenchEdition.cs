using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.LoadGenerator;

/// <summary>An edition made for one run through the REST API (admin token), with its missions and each mission's lead token.</summary>
internal sealed record BenchEdition(string Id, IReadOnlyList<BenchLead> Leads)
{
    public static async Task<BenchEdition> Create(HttpClient admin, string prefix, int missions)
    {
        var editionId = $"{prefix}-{Guid.NewGuid():n}"[..20];
        await Expect(await admin.PostAsJsonAsync("/api/editions", new
        {
            id = editionId,
            title = "Load test",
            territory = "127.0.0.1",
            format = "factory",
            timezone = "Europe/Paris",
            days = new[] { new { date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), label = "Jour 1" } },
        }));
        var leads = new List<BenchLead>();
        for (var m = 0; m < missions; m++)
        {
            var id = $"m-{m}";
            var created = await Expect(await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions", new
            {
                id,
                title = $"Mission {m}",
                association = new { id = $"asso-{m}", name = $"Association {m}" },
                lead = new { name = $"Lead {m}" },
            }));
            leads.Add(new BenchLead(id, (string)created["leadToken"]!));
        }

        return new BenchEdition(editionId, leads);
    }

    /// <summary>The answer's JSON, or an exception naming the status and the request.</summary>
    public static async Task<JsonNode> Expect(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}", null, response.StatusCode);
        }

        return JsonNode.Parse(body)!;
    }
}
