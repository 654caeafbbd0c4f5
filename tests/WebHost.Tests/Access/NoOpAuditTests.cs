using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>A request that changes nothing is answered, but is not a change: one lead cannot flush the trail with no-ops.</summary>
[Collection(ServerCollection.Name)]
public sealed class NoOpAuditTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task SameMilestoneStatusAndNote_Repeated_IsAuditedOnce_AndTheVersionStays()
    {
        var world = await AccessWorld.Create(Server);
        using var lead = Server.Client(world.LeadToken);
        var first = await ApiCalls.Json(await lead.PutAsJsonAsync($"{world.MissionUrl}/milestones/framing", new { status = "in-progress", note = "RDV à 14h" }), 200);
        for (var i = 0; i < 5; i++)
        {
            var again = await ApiCalls.Json(await lead.PutAsJsonAsync($"{world.MissionUrl}/milestones/framing", new { status = "in-progress", note = "RDV à 14h" }), 200);
            Assert.Equal((long)first["version"]!, (long)again["version"]!);
        }

        Assert.Single(await Audited(world, "/milestones/"));
        await ApiCalls.Json(await lead.PutAsJsonAsync($"{world.MissionUrl}/milestones/framing", new { status = "in-progress", note = "RDV à 15h" }), 200);
        Assert.Equal(2, (await Audited(world, "/milestones/")).Count);
    }

    [Fact]
    public async Task SameCheckIn_Repeated_IsAuditedOnce()
    {
        var world = await AccessWorld.Create(Server);
        using var lead = Server.Client(world.LeadToken);
        for (var i = 0; i < 3; i++)
        {
            await ApiCalls.Json(await lead.PutAsJsonAsync($"{world.MissionUrl}/members/{world.MemberId}/check-in", new { checkedIn = true }), 200);
        }

        Assert.Single(await Audited(world, "/check-in"));
    }

    private async Task<List<System.Text.Json.Nodes.JsonNode?>> Audited(AccessWorld world, string action)
    {
        using var admin = Server.Client();
        var entries = (await ApiCalls.Json(await admin.GetAsync($"/api/editions/{world.EditionId}/audit"), 200)).AsArray();
        return entries.Where(e => ((string?)e!["action"])!.Contains(action, StringComparison.Ordinal)).ToList();
    }
}
