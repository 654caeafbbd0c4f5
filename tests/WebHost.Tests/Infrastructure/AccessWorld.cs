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
    string RunningDayUrl)
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
        var member = await admin.AddMember(editionId, "drenche", "Amelie Martin", "DXC Technology", remote: false);
        var help = await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions/drenche/help-requests", new { skill = "finance", message = "Besoin d'un expert" }), 201);
        return new AccessWorld(
            editionId,
            "drenche",
            "auxilia",
            otherEditionId,
            lead,
            otherLead,
            await admin.IssueViewerToken(editionId),
            await admin.IssueViewerToken(otherEditionId),
            await admin.IssueTeamToken(editionId, "drenche"),
            "spare",
            (string)spareViewer["tokenId"]!,
            (string)member["members"]![0]!["id"]!,
            (string)help["id"]!,
            (await RunningDay.Create(admin)).DayUrl);
    }

    public string MissionUrl => $"/api/editions/{EditionId}/missions/{MissionId}";
}
