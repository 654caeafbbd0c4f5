using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.LoadGenerator;

/// <summary>Fresh editions made through the REST API (admin token) for a run, and the answers every run expects to be 2xx.</summary>
internal static class BenchEdition
{
    public static async Task<(string EditionId, List<(string MissionId, string Token)> Leads)> Create(HttpClient admin, string prefix, int missions)
    {
        var editionId = await CreateEdition(admin, prefix, "Load test", "Jour 1");
        var leads = new List<(string MissionId, string Token)>();
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
            leads.Add((id, (string)created["leadToken"]!));
        }

        return (editionId, leads);
    }

    /// <summary>An edition of one day (today) and no mission; its id starts with <paramref name="prefix"/>.</summary>
    public static async Task<string> CreateEdition(HttpClient admin, string prefix, string title, string dayLabel)
    {
        var editionId = $"{prefix}-{Guid.NewGuid():n}"[..20];
        await Expect(await admin.PostAsJsonAsync("/api/editions", new
        {
            id = editionId,
            title,
            territory = "127.0.0.1",
            format = "factory",
            timezone = "Europe/Paris",
            days = new[] { new { date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), label = dayLabel } },
        }));
        return editionId;
    }

    public static async Task<JsonNode> Expect(HttpResponseMessage response) =>
        Body(response, await response.Content.ReadAsStringAsync());

    /// <summary>The answer's JSON, read already as <paramref name="body"/>; a failure when it is not a success.</summary>
    public static JsonNode Body(HttpResponseMessage response, string body) =>
        response.IsSuccessStatusCode
            ? JsonNode.Parse(body)!
            : throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
}
