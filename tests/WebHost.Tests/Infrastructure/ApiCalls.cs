using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.WebHost.Tests.Infrastructure;

/// <summary>Small helpers to drive the public API as an outside client would: JSON in, JSON out.</summary>
public static class ApiCalls
{
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():n}"[..Math.Min(64, prefix.Length + 13)];

    public static object Edition(string id, string format = "factory") => new
    {
        id,
        title = "Probono Factory 2018",
        territory = "Paris La Défense",
        format,
        timezone = "Europe/Paris",
        days = new[] { new { date = "2018-11-14", label = "Jour 1" }, new { date = "2018-11-15", label = "Jour 2" } },
    };

    public static object Mission(string id, string associationId = "le-drenche", string title = "Structurer une démarche commerciale") => new
    {
        id,
        title,
        association = new { id = associationId, name = "Le Drenche", cause = "Média en ligne" },
        lead = new { name = "Germain" },
    };

    public static async Task<JsonNode> CreateEdition(HttpClient admin, string id)
    {
        var response = await admin.PostAsJsonAsync("/api/editions", Edition(id));
        return await Json(response, 201);
    }

    /// <summary>Creates a mission and returns its body (with <c>leadToken</c>).</summary>
    public static async Task<JsonNode> CreateMission(HttpClient admin, string editionId, string missionId)
    {
        var response = await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions", Mission(missionId));
        return await Json(response, 201);
    }

    public static async Task<JsonNode> Json(HttpResponseMessage response, int expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True((int)response.StatusCode == expectedStatus, $"Expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body) ?? throw new JsonException("Empty body.");
    }
}
