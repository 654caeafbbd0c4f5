using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class MissionsApiTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task CreateMission_ReturnsLeadToken_AndDefaultMilestones()
    {
        using var admin = Server.Client();
        var (editionId, mission) = await admin.CreateEditionWithMission();

        Assert.False(string.IsNullOrEmpty((string?)mission["leadToken"]));
        Assert.Equal(5, mission["milestones"]!.AsArray().Count);
        Assert.Equal("todo", (string?)mission["milestones"]![0]!["status"]);
        Assert.Equal(0, (int?)mission["progress"]);
    }

    [Fact]
    public async Task LeadToken_MovesItsOwnMilestones_ButNoOtherMission()
    {
        using var admin = Server.Client();
        var (editionId, drenche) = await admin.CreateEditionWithMission();
        await ApiCalls.CreateMission(admin, editionId, "auxilia");
        using var lead = Server.Client((string)drenche["leadToken"]!);

        var moved = await lead.PutAsJsonAsync($"/api/editions/{editionId}/missions/drenche/milestones/framing", new { status = "done" });
        var other = await lead.PutAsJsonAsync($"/api/editions/{editionId}/missions/auxilia/milestones/framing", new { status = "done" });
        var newEdition = await lead.PostAsJsonAsync("/api/editions", ApiCalls.Edition(ApiCalls.NewId("x")));

        var body = await ApiCalls.Json(moved, 200);
        Assert.Equal(20, (int?)body["progress"]);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, newEdition.StatusCode);
        var auxilia = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/missions/auxilia"), 200);
        Assert.Equal(0, (int?)auxilia["progress"]);
    }

    [Fact]
    public async Task Milestone_WrongStatus_Is400_AndChangesNothing()
    {
        using var admin = Server.Client();
        var (editionId, _) = await admin.CreateEditionWithMission();

        var response = await admin.PutAsJsonAsync($"/api/editions/{editionId}/missions/drenche/milestones/framing", new { status = "finished" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var mission = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/missions/drenche"), 200);
        Assert.Equal(1, (long?)mission["version"]);
    }

    [Fact]
    public async Task Milestone_RetriedWithIdempotencyKey_AppliesOnce()
    {
        using var admin = Server.Client();
        var (editionId, _) = await admin.CreateEditionWithMission();
        var url = $"/api/editions/{editionId}/missions/drenche/milestones/framing";

        HttpRequestMessage Put() => new(HttpMethod.Put, url)
        {
            Content = JsonContent.Create(new { status = "done" }),
            Headers = { { "Idempotency-Key", "lead-phone-7f3a" } },
        };
        var first = await ApiCalls.Json(await admin.SendAsync(Put()), 200);
        var retry = await ApiCalls.Json(await admin.SendAsync(Put()), 200);
        var edition = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200);

        Assert.Equal((long?)first["version"], (long?)retry["version"]);
        Assert.Equal(3, (long?)edition["version"]);
    }

    [Fact]
    public async Task Members_AndHelpRequests_ShowInTheCounters()
    {
        using var admin = Server.Client();
        var (editionId, _) = await admin.CreateEditionWithMission();
        var members = $"/api/editions/{editionId}/missions/drenche/members";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync(members, new { name = "Germain", company = "DXC Technology", remote = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync(members, new { name = "Jihane", company = "Mazars", remote = true })).StatusCode);
        var help = await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions/drenche/help-requests", new { skill = "finance", message = "Besoin d'un expert" });
        Assert.Equal(HttpStatusCode.Created, help.StatusCode);

        var edition = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200);
        Assert.Equal(2, (int?)edition["counters"]!["volunteers"]);
        Assert.Equal(2, (int?)edition["counters"]!["companies"]);
        Assert.Equal(1, (int?)edition["missions"]![0]!["openHelpRequests"]);
    }

    [Fact]
    public async Task ViewerToken_ReadsCountsButNotNames_AndChangesNothing()
    {
        using var admin = Server.Client();
        var (editionId, _) = await admin.CreateEditionWithMission();
        await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions/drenche/members", new { name = "Germain", company = "DXC Technology", remote = false });
        var token = await admin.IssueViewerToken(editionId);
        using var viewer = Server.Client(token);

        var mission = await ApiCalls.Json(await viewer.GetAsync($"/api/editions/{editionId}/missions/drenche"), 200);
        Assert.Null((string?)mission["members"]![0]!["name"]);
        Assert.Equal("DXC Technology", (string?)mission["members"]![0]!["company"]);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/editions/{editionId}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/editions/{editionId}/missions/drenche/milestones/framing", new { status = "done" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/editions/{ApiCalls.NewId("other")}")).StatusCode);
    }

    [Fact]
    public async Task MissionInUnknownEdition_Is404()
    {
        using var admin = Server.Client();
        var response = await admin.PostAsJsonAsync($"/api/editions/{ApiCalls.NewId("nowhere")}/missions", ApiCalls.Mission("drenche"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
