using System.Net;
using System.Text.Json.Nodes;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>Team links a lead hands out are the admin's to see and revoke; a lead re-issue takes them with it.</summary>
[Collection(ServerCollection.Name)]
public sealed class TeamLinksTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task TeamLinksIssuedByALead_AreListedForTheAdmin_WithTheirIds_AndRevocable()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        using var lead = Server.Client(world.LeadToken);
        var byLead = await ApiCalls.Json(await lead.PostAsync($"{world.MissionUrl}/team-tokens", null), 201);
        var leadTokenId = await LeadTokenId(admin, world);

        var listed = await Tokens(admin, world.EditionId, world.MissionId);

        var link = listed.Single(t => (string?)t["tokenId"] == (string?)byLead["tokenId"]);
        Assert.Equal("team", (string?)link["role"]);
        Assert.Equal(leadTokenId, (string?)link["issuedBy"]);
        Assert.False((bool)link["revoked"]!);
        Assert.DoesNotContain((string)byLead["token"]!, string.Join(",", listed.Select(t => t.ToJsonString())), StringComparison.Ordinal);
        Assert.All(listed, t => Assert.Equal(world.MissionId, (string?)t["missionId"]));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/editions/{world.EditionId}/tokens/{(string)byLead["tokenId"]!}")).StatusCode);
        Assert.True((bool)(await Tokens(admin, world.EditionId, world.MissionId)).Single(t => (string?)t["tokenId"] == (string?)byLead["tokenId"])["revoked"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/api/editions/{world.EditionId}/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/editions/{ApiCalls.NewId("nowhere")}/tokens")).StatusCode);
    }

    [Fact]
    public async Task LeadReissue_RevokesTheTeamLinksThatLeadIssued_NotTheAdmins()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        using var lead = Server.Client(world.LeadToken);
        var byLead = await lead.IssueTeamToken(world.EditionId, world.MissionId);
        using var leadsTeam = Server.Client(byLead);
        using var adminsTeam = Server.Client(world.TeamToken);

        await ApiCalls.Json(await admin.PostAsync($"{world.MissionUrl}/lead-token", null), 201);

        Assert.Equal(HttpStatusCode.Unauthorized, (await leadsTeam.GetAsync(world.MissionUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await adminsTeam.GetAsync(world.MissionUrl)).StatusCode);
    }

    [Fact]
    public async Task LeadReissue_WithKeepTeamLinks_KeepsThem()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        using var lead = Server.Client(world.LeadToken);
        using var leadsTeam = Server.Client(await lead.IssueTeamToken(world.EditionId, world.MissionId));

        await ApiCalls.Json(await admin.PostAsync($"{world.MissionUrl}/lead-token?keepTeamLinks=true", null), 201);

        Assert.Equal(HttpStatusCode.OK, (await leadsTeam.GetAsync(world.MissionUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await lead.GetAsync(world.MissionUrl)).StatusCode);
    }

    [Fact]
    public async Task TeamLinks_PastTheBound_Are409ProblemJson()
    {
        var world = await AccessWorld.Create(Server);
        using var lead = Server.Client(world.LeadToken);
        var working = (await Tokens(Server.Client(), world.EditionId, world.MissionId)).Count(t => (string?)t["role"] == "team" && !(bool)t["revoked"]!);
        for (var i = working; i < IAccessRegistryGrain.MaxTeamLinksPerMission; i++)
        {
            await lead.IssueTeamToken(world.EditionId, world.MissionId);
        }

        var refused = await lead.PostAsync($"{world.MissionUrl}/team-tokens", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AuditTrail_RecordsTheIdOfEveryTokenIssued()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        using var lead = Server.Client(world.LeadToken);
        var team = await ApiCalls.Json(await lead.PostAsync($"{world.MissionUrl}/team-tokens", null), 201);
        var viewer = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{world.EditionId}/viewer-tokens", null), 201);
        var reissued = await ApiCalls.Json(await admin.PostAsync($"{world.MissionUrl}/lead-token", null), 201);

        var audit = (await ApiCalls.Json(await admin.GetAsync($"/api/editions/{world.EditionId}/audit"), 200)).AsArray();

        foreach (var issued in new[] { team, viewer, reissued })
        {
            Assert.Contains(audit, e => e!["issuedTokenIds"] is JsonArray ids && ids.Any(id => (string?)id == (string?)issued["tokenId"]));
        }

        var created = audit.First(e => (string?)e!["action"] == "POST /api/editions/{editionId}/missions/")!;
        Assert.Single(created["issuedTokenIds"]!.AsArray());
    }

    private static async Task<List<JsonNode>> Tokens(HttpClient admin, string editionId, string missionId) =>
        [.. (await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/tokens?missionId={missionId}"), 200)).AsArray().OfType<JsonNode>()];

    private static async Task<string> LeadTokenId(HttpClient admin, AccessWorld world) =>
        (string)(await Tokens(admin, world.EditionId, world.MissionId)).Single(t => (string?)t["role"] == "team-lead" && !(bool)t["revoked"]!)["tokenId"]!;
}
