using System.Net.Http.Json;

namespace Orchestrator.WebHost.Tests.Infrastructure;

/// <summary>
/// An edition with two missions plus a second edition, and a token for every role around them:
/// what the access tests need to tell "this mission" from "another mission" and "another edition".
/// </summary>
public sealed record AccessWorld(
    string EditionId,
    string MissionId,
    string OtherMissionId,
    string OtherEditionId,
    string LeadToken,
    string OtherLeadToken,
    string ViewerToken,
    string OtherViewerToken,
    string TeamToken,
    string SpareMissionId,
    string SpareViewerTokenId,
    string MemberId,
    string HelpRequestId,
    string RespondentToken,
    string SpareRespondentId)
{
    public static async Task<AccessWorld> Create(OrchestratorServer server)
    {
        using var admin = server.Client();
        var editionId = ApiCalls.NewId("access");
        var otherEditionId = ApiCalls.NewId("elsewhere");
        await ApiCalls.CreateEdition(admin, editionId);
        await ApiCalls.CreateEdition(admin, otherEditionId);
        var lead = (string)(await ApiCalls.CreateMission(admin, editionId, "drenche"))["leadToken"]!;
        var otherLead = (string)(await ApiCalls.CreateMission(admin, editionId, "auxilia"))["leadToken"]!;
        await ApiCalls.CreateMission(admin, otherEditionId, "drenche");
        await ApiCalls.CreateMission(admin, editionId, "spare");
        var spareViewer = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/viewer-tokens", null), 201);
        var member = await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions/drenche/members", new { name = "Amelie Martin", company = "DXC Technology", remote = false }), 201);
        var help = await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions/drenche/help-requests", new { skill = "finance", message = "Besoin d'un expert" }), 201);
        var respondents = await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/survey/respondents", new { respondents = new[] { new { role = "volunteer" }, new { role = "company" } } }), 201);
        return new AccessWorld(
            editionId,
            "drenche",
            "auxilia",
            otherEditionId,
            lead,
            otherLead,
            await Token(admin, $"/api/editions/{editionId}/viewer-tokens"),
            await Token(admin, $"/api/editions/{otherEditionId}/viewer-tokens"),
            await Token(admin, $"/api/editions/{editionId}/missions/drenche/team-tokens"),
            "spare",
            (string)spareViewer["tokenId"]!,
            (string)member["members"]![0]!["id"]!,
            (string)help["id"]!,
            (string)respondents["respondents"]![0]!["token"]!,
            (string)respondents["respondents"]![1]!["respondentId"]!);
    }

    public string MissionUrl => $"/api/editions/{EditionId}/missions/{MissionId}";

    private static async Task<string> Token(HttpClient admin, string url) =>
        (string)(await ApiCalls.Json(await admin.PostAsync(url, null), 201))["token"]!;
}
