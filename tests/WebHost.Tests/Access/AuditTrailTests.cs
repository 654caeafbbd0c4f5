using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

[Collection(ServerCollection.Name)]
public sealed class AuditTrailTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task EveryChange_IsInTheAuditTrail_WithRoleAndTokenId_NeverTheToken()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        using var lead = Server.Client(world.LeadToken);
        await ApiCalls.Json(await lead.PutAsJsonAsync($"{world.MissionUrl}/milestones/framing", new { status = "done" }), 200);
        var refused = await lead.PutAsJsonAsync($"{world.MissionUrl}/milestones/framing", new { status = "finished" });

        var response = await admin.GetAsync($"/api/editions/{world.EditionId}/audit");
        var text = await response.Content.ReadAsStringAsync();
        var entries = (await ApiCalls.Json(response, 200)).AsArray();

        Assert.Equal(400, (int)refused.StatusCode);
        Assert.DoesNotContain(world.LeadToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(OrchestratorServer.AdminToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(world.ViewerToken, text, StringComparison.Ordinal);
        var created = entries[0]!;
        Assert.Equal("POST /api/editions/", (string?)created["action"]);
        Assert.Equal("admin", (string?)created["role"]);
        var moves = entries.Where(e => ((string?)e!["action"])!.Contains("/milestones/", StringComparison.Ordinal)).ToList();
        var move = Assert.Single(moves)!;
        Assert.Equal("team-lead", (string?)move["role"]);
        Assert.Equal($"{world.MissionUrl}/milestones/framing", (string?)move["target"]);
        Assert.Equal(200, (int?)move["status"]);
        Assert.False(string.IsNullOrEmpty((string?)move["tokenId"]));
        Assert.True(DateTimeOffset.UtcNow - (DateTimeOffset)move["at"]! < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task AuditLimit_ReturnsTheMostRecent_AndOutOfRangeIs400()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();

        var last = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{world.EditionId}/audit?limit=1"), 200);
        var tooMany = await admin.GetAsync($"/api/editions/{world.EditionId}/audit?limit=100000");

        Assert.Single(last.AsArray());
        Assert.Equal(400, (int)tooMany.StatusCode);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType?.MediaType);
    }
}
