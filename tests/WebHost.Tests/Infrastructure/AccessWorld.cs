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
    string GuestToken,
    string RespondentToken,
    string SpareRespondentId,
    string PinnedAnnouncementId)
{
    /// <summary>The closing vote's workshop and proposal every world has (the vote is left in draft).</summary>
    public const string WorkshopId = "engagement";
    public const string ProposalId = "mentorat";

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
        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/workshops", new { id = WorkshopId, title = "Engagement des salariés" }), 201);
        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/workshops/{WorkshopId}/proposals", new { id = ProposalId, title = "Mentorat" }), 201);
        var guests = await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/guests", new { guests = new[] { new { name = "Inès" } } }), 201);
        var respondents = await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/survey/respondents", new { respondents = new[] { new { role = "volunteer" }, new { role = "company" } } }), 201);
        var pinned = await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/announcements", new { message = "Salle 4", missionId = "drenche", pinned = true }), 202);
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
            (string)guests["guests"]![0]!["token"]!,
            (string)respondents["respondents"]![0]!["token"]!,
            (string)respondents["respondents"]![1]!["respondentId"]!,
            (string)pinned["id"]!);
    }

    public string MissionUrl => $"/api/editions/{EditionId}/missions/{MissionId}";
}
