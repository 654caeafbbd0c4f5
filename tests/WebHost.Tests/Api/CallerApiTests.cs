using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class CallerApiTests(ServerFixture fixture)
{
    [Fact]
    public async Task Me_TellsEachTokenWhatItIs_AndNeverEchoesTheToken()
    {
        using var admin = fixture.Server.Client();
        var (editionId, mission) = await admin.CreateEditionWithMission();
        var viewerToken = await admin.IssueViewerToken(editionId);
        using var lead = fixture.Server.Client((string)mission["leadToken"]!);
        using var viewer = fixture.Server.Client(viewerToken);
        using var anonymous = fixture.Server.Client(token: null);

        var asAdmin = await ApiCalls.Json(await admin.GetAsync("/api/me"), 200);
        var asLead = await ApiCalls.Json(await lead.GetAsync("/api/me"), 200);
        var asViewer = await ApiCalls.Json(await viewer.GetAsync("/api/me"), 200);

        Assert.Equal("admin", (string?)asAdmin["role"]);
        Assert.Equal("team-lead", (string?)asLead["role"]);
        Assert.Equal("drenche", (string?)asLead["missionId"]);
        Assert.Equal("viewer", (string?)asViewer["role"]);
        Assert.Equal(editionId, (string?)asViewer["editionId"]);
        Assert.DoesNotContain(viewerToken, asViewer.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me")).StatusCode);
    }
}
