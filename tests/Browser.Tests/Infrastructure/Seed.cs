using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.Browser.Tests.Infrastructure;

/// <summary>An edition with a few missions, made through the public API as the desk would.</summary>
public sealed record Seed(string EditionId, IReadOnlyDictionary<string, string> LeadTokens, string ViewerToken)
{
    public static readonly (string Id, string Title, string AssociationId, string AssociationName)[] Missions =
    [
        ("vente-espaces", "Vendre des espaces publicitaires", "le-drenche", "Le Drenche"),
        ("strategie-com", "Définir une stratégie de communication", "solidarites-nouvelles", "Solidarités Nouvelles"),
        ("plaquette", "Produire une plaquette commerciale", "la-cravate-solidaire", "La Cravate Solidaire"),
    ];

    public static async Task<Seed> Create(OrchestratorServer server)
    {
        using var admin = server.Client();
        var editionId = ApiCalls.NewId("factory");
        await ApiCalls.CreateEdition(admin, editionId);
        var leadTokens = new Dictionary<string, string>();
        foreach (var (id, title, associationId, associationName) in Missions)
        {
            var response = await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions", new
            {
                id,
                title,
                association = new { id = associationId, name = associationName },
                lead = new { name = "Germain" },
            });
            var mission = await ApiCalls.Json(response, 201);
            leadTokens[id] = mission["leadToken"]!.GetValue<string>();
        }

        return new Seed(editionId, leadTokens, await admin.IssueViewerToken(editionId));
    }

    /// <summary>The control room as a viewer link opens it.</summary>
    public string ControlRoomUrl => $"/control/{EditionId}#token={ViewerToken}";

    /// <summary>The admin's desk: the control room opened with the admin token.</summary>
    public string DeskUrl => $"/control/{EditionId}#token={OrchestratorServer.AdminToken}";

    /// <summary>The big-screen display as a viewer link opens it.</summary>
    public string DisplayUrl => $"/display/{EditionId}#token={ViewerToken}";

    /// <summary>The mission's lead page as its lead link opens it.</summary>
    public string LeadPageUrl(string missionId) => $"/lead/{EditionId}/{missionId}#token={LeadTokens[missionId]}";

    /// <summary>The mission's team page as a team link (<paramref name="teamToken"/>) opens it.</summary>
    public string TeamPageUrl(string missionId, string teamToken) => $"/team/{EditionId}/{missionId}#token={teamToken}";

    public async Task<JsonNode> GetMission(OrchestratorServer server, string missionId)
    {
        using var admin = server.Client();
        return await ApiCalls.Json(await admin.GetAsync($"/api/editions/{EditionId}/missions/{missionId}"), 200);
    }

    public async Task<long> GetEditionVersion(OrchestratorServer server)
    {
        using var admin = server.Client();
        var edition = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{EditionId}"), 200);
        return edition["version"]!.GetValue<long>();
    }

    public async Task SetMilestone(OrchestratorServer server, string missionId, string milestoneId, string status, string? note = null)
    {
        using var admin = server.Client();
        var response = await admin.PutAsJsonAsync($"/api/editions/{EditionId}/missions/{missionId}/milestones/{milestoneId}", new { status, note });
        await ApiCalls.Json(response, 200);
    }
}
