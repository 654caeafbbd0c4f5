using System.Net;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

[Collection(ServerCollection.Name)]
public sealed class TokenRevocationTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task ReissuedLeadToken_Works_AndTheOldOneStopsAtOnce()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        using var oldLead = Server.Client(world.LeadToken);
        Assert.Equal(HttpStatusCode.OK, (await oldLead.GetAsync(world.MissionUrl)).StatusCode);

        var reissued = await ApiCalls.Json(await admin.PostAsync($"{world.MissionUrl}/lead-token", null), 201);
        using var newLead = Server.Client((string)reissued["token"]!);

        Assert.Equal(HttpStatusCode.Unauthorized, (await oldLead.GetAsync(world.MissionUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await newLead.PostAsync($"{world.MissionUrl}/team-tokens", null)).StatusCode);
        using var otherLead = Server.Client(world.OtherLeadToken);
        Assert.Equal(HttpStatusCode.OK, (await otherLead.GetAsync(world.MissionUrl)).StatusCode);
    }

    [Fact]
    public async Task RevokedViewerToken_Is401AtOnce()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        var issued = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{world.EditionId}/viewer-tokens", null), 201);
        using var viewer = Server.Client((string)issued["token"]!);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/editions/{world.EditionId}")).StatusCode);

        var revoked = await admin.DeleteAsync($"/api/editions/{world.EditionId}/tokens/{(string)issued["tokenId"]!}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.GetAsync($"/api/editions/{world.EditionId}")).StatusCode);
    }

    [Fact]
    public async Task RevokingAnUnknownToken_Is404_AndAnotherEditionsToken_Is404()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();

        var unknown = await admin.DeleteAsync($"/api/editions/{world.EditionId}/tokens/0123456789ab");
        var elsewhere = await admin.DeleteAsync($"/api/editions/{world.OtherEditionId}/tokens/{world.SpareViewerTokenId}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}
