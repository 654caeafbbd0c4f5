using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Live;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>The lead is a volunteer like the members; erasing a volunteer erases them everywhere the server holds them.</summary>
[Collection(ServerCollection.Name)]
public sealed class NamesStayWithThoseAllowedTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task EditionViewer_DoesNotReadTheLeadsName_TheTeamDoes()
    {
        var world = await AccessWorld.Create(Server);
        using var viewer = Server.Client(world.ViewerToken);
        using var team = Server.Client(world.TeamToken);

        var seenByViewer = await ApiCalls.Json(await viewer.GetAsync(world.MissionUrl), 200);
        var seenByTeam = await ApiCalls.Json(await team.GetAsync(world.MissionUrl), 200);

        Assert.Null((string?)seenByViewer["lead"]!["name"]);
        Assert.DoesNotContain("Germain", seenByViewer.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Germain", (string?)seenByTeam["lead"]!["name"]);
        await using var screen = await LiveScreen.Connect(Server, world.ViewerToken);
        var joined = await screen.JoinMission(world.EditionId, world.MissionId);
        Assert.DoesNotContain("Germain", joined.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErasedMember_IsNeverReplayedFromARecordedAnswer()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        using var lead = Server.Client(world.LeadToken);
        var added = await lead.SendAsync(Keyed(HttpMethod.Post, $"{world.MissionUrl}/members", new { name = "Zoé Erasable", company = "Mazars", remote = true }, "add-zoe"));
        var move = await lead.SendAsync(Keyed(HttpMethod.Put, $"{world.MissionUrl}/milestones/framing", new { status = "in-progress" }, "move-1"));
        var zoe = (await ApiCalls.Json(added, 201))["members"]!.AsArray().Single(m => (string?)m!["name"] == "Zoé Erasable")!;
        Assert.Contains("Zoé Erasable", await move.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{world.MissionUrl}/members/{(string)zoe["id"]!}")).StatusCode);

        var addedAgain = await lead.SendAsync(Keyed(HttpMethod.Post, $"{world.MissionUrl}/members", new { name = "Zoé Erasable", company = "Mazars", remote = true }, "add-zoe"));
        var movedAgain = await lead.SendAsync(Keyed(HttpMethod.Put, $"{world.MissionUrl}/milestones/framing", new { status = "in-progress" }, "move-1"));
        Assert.DoesNotContain("Zoé Erasable", await addedAgain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Zoé Erasable", await movedAgain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(addedAgain.IsSuccessStatusCode && movedAgain.IsSuccessStatusCode);

        // The retry still applied once: the member was not added back.
        var mission = await ApiCalls.Json(await admin.GetAsync(world.MissionUrl), 200);
        Assert.DoesNotContain("Zoé Erasable", mission.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErasedLead_NameIsGoneFromTheMission_AndFromRecordedAnswers_TheLinkStillWorks()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        using var lead = Server.Client(world.LeadToken);
        var move = await lead.SendAsync(Keyed(HttpMethod.Put, $"{world.MissionUrl}/milestones/framing", new { status = "in-progress" }, "move-lead"));
        Assert.Contains("Germain", await move.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var erased = await admin.DeleteAsync($"{world.MissionUrl}/lead");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        var mission = await ApiCalls.Json(await admin.GetAsync(world.MissionUrl), 200);
        Assert.Null((string?)mission["lead"]!["name"]);
        var retried = await lead.SendAsync(Keyed(HttpMethod.Put, $"{world.MissionUrl}/milestones/framing", new { status = "in-progress" }, "move-lead"));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.DoesNotContain("Germain", await retried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{world.MissionUrl}/lead")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.DeleteAsync($"{world.MissionUrl}/lead")).StatusCode);
    }

    [Fact]
    public async Task ErasedMember_LeavesTheTeamsPresence()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        await using var page = await LiveScreen.Connect(Server, world.TeamToken);
        var watch = new PresenceWatch(page.Connection);
        await page.JoinMission(world.EditionId, world.MissionId);
        await page.Connection.InvokeAsync("AnnouncePresence", world.EditionId, world.MissionId, world.MemberId).WaitAsync(LiveScreen.Timeout);
        await watch.Until(p => p.GetProperty("present").EnumerateArray().Any(m => m.GetProperty("name").GetString() == "Amelie Martin"));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{world.MissionUrl}/members/{world.MemberId}")).StatusCode);

        var after = await watch.Until(p => p.GetProperty("count").GetInt32() == 1
            && p.GetProperty("present").EnumerateArray().All(m => m.GetProperty("name").GetString() is null));
        Assert.DoesNotContain("Amelie Martin", after.GetRawText(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Keyed(HttpMethod method, string url, object body, string key)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
