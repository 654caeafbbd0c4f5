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

    public static async Task<JsonNode> CreateEdition(this HttpClient admin, string id)
    {
        var response = await admin.PostAsJsonAsync("/api/editions", Edition(id));
        return await Json(response, 201);
    }

    /// <summary>Creates a mission and returns its body (with <c>leadToken</c>).</summary>
    public static async Task<JsonNode> CreateMission(this HttpClient admin, string editionId, string missionId)
    {
        var response = await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions", Mission(missionId));
        return await Json(response, 201);
    }

    /// <summary>A fresh edition with one mission; returns the edition id and the mission's body (with <c>leadToken</c>).</summary>
    public static async Task<(string EditionId, JsonNode Mission)> CreateEditionWithMission(this HttpClient admin, string missionId = "drenche")
    {
        var editionId = NewId("factory");
        await admin.CreateEdition(editionId);
        return (editionId, await admin.CreateMission(editionId, missionId));
    }

    /// <summary>A fresh edition with these missions; returns the edition id.</summary>
    public static async Task<string> CreateEditionWithMissions(this HttpClient admin, params string[] missionIds)
    {
        var editionId = NewId("factory");
        await admin.CreateEdition(editionId);
        foreach (var missionId in missionIds)
        {
            await admin.CreateMission(editionId, missionId);
        }

        return editionId;
    }

    /// <summary>Issues a viewer link's token for the edition (the display screens' access).</summary>
    public static async Task<string> IssueViewerToken(this HttpClient admin, string editionId) =>
        (string)(await Json(await admin.PostAsync($"/api/editions/{editionId}/viewer-tokens", null), 201))["token"]!;

    /// <summary>Issues a team link's token for the mission, as the admin or the mission's lead.</summary>
    public static async Task<string> IssueTeamToken(this HttpClient caller, string editionId, string missionId) =>
        (string)(await Json(await caller.PostAsync($"/api/editions/{editionId}/missions/{missionId}/team-tokens", null), 201))["token"]!;

    /// <summary>Adds a volunteer to the mission and returns the mission's body.</summary>
    public static async Task<JsonNode> AddMember(this HttpClient caller, string editionId, string missionId, string name, string company, bool remote) =>
        await Json(await caller.PostAsJsonAsync($"/api/editions/{editionId}/missions/{missionId}/members", new { name, company, remote }), 201);

    /// <summary>Moves a milestone and returns the mission's body.</summary>
    public static async Task<JsonNode> SetMilestone(this HttpClient caller, string editionId, string missionId, string milestoneId, string status) =>
        await Json(await caller.PutAsJsonAsync($"/api/editions/{editionId}/missions/{missionId}/milestones/{milestoneId}", new { status }), 200);

    /// <summary>The desk's announcement, to every team or to one mission, pinned or not; returns the announcement.</summary>
    public static async Task<JsonNode> Announce(this HttpClient admin, string editionId, string message, string? missionId = null, bool pinned = false) =>
        await Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/announcements", new { message, missionId, pinned }), 202);

    public static async Task<JsonNode> Json(HttpResponseMessage response, int expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True((int)response.StatusCode == expectedStatus, $"Expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body) ?? throw new JsonException("Empty body.");
    }
}
