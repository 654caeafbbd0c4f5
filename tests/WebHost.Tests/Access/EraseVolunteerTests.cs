using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

[Collection(ServerCollection.Name)]
public sealed class EraseVolunteerTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task ErasedVolunteer_IsGone_AndTheCountersFollow()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        await admin.AddMember(world.EditionId, world.MissionId, "Jihane", "Mazars", remote: true);
        var before = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{world.EditionId}"), 200);

        var erased = await admin.DeleteAsync($"{world.MissionUrl}/members/{world.MemberId}");
        var again = await admin.DeleteAsync($"{world.MissionUrl}/members/{world.MemberId}");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var mission = await ApiCalls.Json(await admin.GetAsync(world.MissionUrl), 200);
        var member = Assert.Single(mission["members"]!.AsArray())!;
        Assert.Equal("Jihane", (string?)member["name"]);
        Assert.DoesNotContain("Amelie Martin", mission.ToJsonString(), StringComparison.Ordinal);
        var after = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{world.EditionId}"), 200);
        Assert.Equal((int)before["counters"]!["volunteers"]! - 1, (int?)after["counters"]!["volunteers"]);
        Assert.Equal((int)before["counters"]!["companies"]! - 1, (int?)after["counters"]!["companies"]);
        Assert.Equal((long)before["version"]! + 1, (long?)after["version"]);
    }

    [Fact]
    public async Task TheMissionsLead_MayNotErase()
    {
        var world = await AccessWorld.Create(Server);
        using var lead = Server.Client(world.LeadToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.DeleteAsync($"{world.MissionUrl}/members/{world.MemberId}")).StatusCode);
    }
}
