using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

[Collection(LiveCollection.Name)]
public sealed class RevealTests(LiveServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task Reveal_BumpsVersion_ReachesScreens_AndResultsListItInOrder()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha", "beta", "gamma");
        var viewerToken = await admin.IssueViewerToken(editionId);
        await using var screen = await LiveScreen.Connect(Server, viewerToken);
        var snapshot = await screen.JoinEdition(editionId);
        Assert.Equal(0, snapshot.GetProperty("revealed").GetArrayLength());
        Assert.False(snapshot.GetProperty("revealing").GetBoolean());

        var beta = await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/reveal", new { missionId = "beta" }), 200);
        var alpha = await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/reveal", new { missionId = "alpha" }), 200);
        var twice = await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/reveal", new { missionId = "alpha" }), 200);

        Assert.Equal(snapshot.GetProperty("version").GetInt64() + 1, (long)beta["version"]!);
        Assert.Equal((long)beta["version"]! + 1, (long)alpha["version"]!);
        Assert.Equal((long)alpha["version"]!, (long)twice["version"]!);
        var events = await screen.Until((long)alpha["version"]!);
        Assert.Equal(["Revealed", "Revealed"], events.Select(e => e.Name));
        Assert.Equal("beta", events[0].Payload.GetProperty("missionId").GetString());
        Assert.Equal(editionId, events[1].Payload.GetProperty("editionId").GetString());
        Assert.Equal(["beta", "alpha"], events[1].Payload.GetProperty("revealed").EnumerateArray().Select(r => r.GetString()));

        var results = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/results"), 200);
        Assert.Equal(["beta", "alpha"], results["revealed"]!.AsArray().Select(r => (string)r!));
        Assert.True((bool)results["revealing"]!);

        var reset = await ApiCalls.Json(await admin.DeleteAsync($"/api/editions/{editionId}/reveal"), 200);
        Assert.Empty(reset["revealed"]!.AsArray());
        var resetEvent = await screen.Next();
        Assert.Equal("Revealed", resetEvent.Name);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, resetEvent.Payload.GetProperty("missionId").ValueKind);
        Assert.Equal(0, resetEvent.Payload.GetProperty("revealed").GetArrayLength());
        Assert.True(resetEvent.Payload.GetProperty("revealing").GetBoolean());
    }

    [Fact]
    public async Task Reveal_UnknownMission_Is404_ViewerIs403_AndNothingChanges()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        var viewerToken = await admin.IssueViewerToken(editionId);
        using var viewer = Server.Client(viewerToken);
        var before = await admin.GetStringAsync($"/api/editions/{editionId}");

        var unknown = await admin.PostAsJsonAsync($"/api/editions/{editionId}/reveal", new { missionId = "nowhere" });
        var unknownEdition = await admin.PostAsJsonAsync($"/api/editions/{ApiCalls.NewId("nowhere")}/reveal", new { missionId = "alpha" });
        var byViewer = await viewer.PostAsJsonAsync($"/api/editions/{editionId}/reveal", new { missionId = "alpha" });
        var resetByViewer = await viewer.DeleteAsync($"/api/editions/{editionId}/reveal");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownEdition.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resetByViewer.StatusCode);
        Assert.Equal(before, await admin.GetStringAsync($"/api/editions/{editionId}"));
    }
}
