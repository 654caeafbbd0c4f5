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
