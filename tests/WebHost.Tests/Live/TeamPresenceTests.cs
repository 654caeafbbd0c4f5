using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

[Collection(LiveCollection.Name)]
public sealed class TeamPresenceTests(LiveServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task Presence_TwoTeamPagesJoin_CountTwo_OneLeaves_CountOne()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        var token = await admin.IssueTeamToken(editionId, "alpha");
        await using var first = await LiveScreen.Connect(Server, token);
        await using var second = await LiveScreen.Connect(Server, token);
        var watch = new PresenceWatch(first.Connection);

        await first.JoinMission(editionId, "alpha");
        await watch.UntilCount(1);
        await second.JoinMission(editionId, "alpha");
        var both = await watch.UntilCount(2);
        Assert.Equal("alpha", both.GetProperty("missionId").GetString());
        Assert.All(both.GetProperty("present").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("name").ValueKind));

        await second.Connection.StopAsync().WaitAsync(LiveScreen.Timeout);
        await watch.UntilCount(1);
    }

    [Fact]
    public async Task AnnouncePresence_Member_ShowsTheirNameToTheTeam()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        await admin.AddMember(editionId, "alpha", "Awa", "Orange", remote: true);
        var mission = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/missions/alpha"), 200);
        var memberId = (string)mission["members"]![0]!["id"]!;
        var token = await admin.IssueTeamToken(editionId, "alpha");
        await using var page = await LiveScreen.Connect(Server, token);
        await using var desk = await LiveScreen.Connect(Server);
        var watch = new PresenceWatch(page.Connection);
        var deskWatch = new PresenceWatch(desk.Connection);
        await desk.JoinMission(editionId, "alpha");
        await deskWatch.UntilCount(0);

        await page.JoinMission(editionId, "alpha");
        await page.Connection.InvokeAsync("AnnouncePresence", editionId, "alpha", memberId).WaitAsync(LiveScreen.Timeout);
        var named = await watch.Until(p => p.GetProperty("present").EnumerateArray().Any(m => m.GetProperty("name").GetString() == "Awa"));

        Assert.Equal(1, named.GetProperty("count").GetInt32());
        Assert.Equal(memberId, named.GetProperty("present")[0].GetProperty("memberId").GetString());

        // The admin's desk hears it too, without being counted itself.
        var deskSees = await deskWatch.Until(p => p.GetProperty("count").GetInt32() == 1 && p.GetProperty("present")[0].GetProperty("name").GetString() == "Awa");
        Assert.Equal(1, deskSees.GetProperty("count").GetInt32());
        await Assert.ThrowsAsync<HubException>(() => page.Connection.InvokeAsync("AnnouncePresence", editionId, "alpha", "nobody"));
    }

    [Fact]
    public async Task Presence_NamesNeverReachEditionViewers()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        var viewerToken = await admin.IssueViewerToken(editionId);
        await using var viewer = await LiveScreen.Connect(Server, viewerToken);
        var viewerWatch = new PresenceWatch(viewer.Connection);
        await viewer.JoinEdition(editionId);
        await viewer.JoinMission(editionId, "alpha");
        await Assert.ThrowsAsync<HubException>(() => viewer.Connection.InvokeAsync("AnnouncePresence", editionId, "alpha", (string?)null));

        await using var team = await LiveScreen.Connect(Server, await admin.IssueTeamToken(editionId, "alpha"));
        var teamWatch = new PresenceWatch(team.Connection);
        await team.JoinMission(editionId, "alpha");
        await teamWatch.UntilCount(1);

        // A later change reaches the viewer; the presence before it never did.
        await admin.SetMilestone(editionId, "alpha", "framing", "done");
        await viewer.UntilEvent(e => e.Name == "EditionChanged");
        Assert.False(viewerWatch.Any);
    }
}
