using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

[Collection(LiveCollection.Name)]
public sealed class TargetedAnnouncementTests(LiveServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task AnnouncementToOneMission_ReachesOnlyThatTeam_TheDeskSeesAll()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha", "beta");
        await using var alpha = await LiveScreen.Connect(Server, await admin.IssueTeamToken(editionId, "alpha"));
        await using var beta = await LiveScreen.Connect(Server, await admin.IssueTeamToken(editionId, "beta"));
        await using var desk = await LiveScreen.Connect(Server);
        await alpha.JoinMission(editionId, "alpha");
        await beta.JoinMission(editionId, "beta");
        await desk.JoinEdition(editionId);

        var targeted = await admin.Announce(editionId, "Votre salle passe au 4e étage", missionId: "alpha");
        var everyone = await admin.Announce(editionId, "Restitutions dans 15 minutes");

        var toAlpha = await alpha.Next();
        Assert.Equal(("Announcement", "alpha"), (toAlpha.Name, toAlpha.Payload.GetProperty("missionId").GetString()));
        Assert.Equal((string)targeted["id"]!, toAlpha.Payload.GetProperty("id").GetString());

        // Events reach a connection in version order: beta's first announcement is the one to everyone.
        var toBeta = await beta.Next();
        Assert.Equal(("Announcement", (string)everyone["id"]!), (toBeta.Name, toBeta.Payload.GetProperty("id").GetString()));
        Assert.Equal("Restitutions dans 15 minutes", (await alpha.Next()).Payload.GetProperty("message").GetString());

        var seenByDesk = await desk.UntilEvent(e => e.Name == "Announcement" && e.Payload.GetProperty("id").GetString() == (string)everyone["id"]!);
        Assert.Equal([(string)targeted["id"]!, (string)everyone["id"]!], seenByDesk.Where(e => e.Name == "Announcement").Select(e => e.Payload.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task PinnedAnnouncement_ComesWithTheJoinAfterAReload_UntilTheDeskUnpinsIt()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha", "beta");
        var teamToken = await admin.IssueTeamToken(editionId, "alpha");
        var forAll = await admin.Announce(editionId, "Déjeuner à 12h30 au 2e étage", pinned: true);
        var forAlpha = await admin.Announce(editionId, "Votre association arrive à 14h", missionId: "alpha", pinned: true);
        await admin.Announce(editionId, "Café en salle 3");

        // A reloaded page is a new connection: the pins come with the mission.
        await using (var reloaded = await LiveScreen.Connect(Server, teamToken))
        {
            var pinned = (await reloaded.JoinMission(editionId, "alpha")).GetProperty("pinned");
            Assert.Equal([(string)forAll["id"]!, (string)forAlpha["id"]!], pinned.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        }

        await using var otherTeam = await LiveScreen.Connect(Server, await admin.IssueTeamToken(editionId, "beta"));
        var betaPinned = (await otherTeam.JoinMission(editionId, "beta")).GetProperty("pinned");
        Assert.Equal([(string)forAll["id"]!], betaPinned.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        var snapshot = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200);
        Assert.Equal(2, snapshot["pinned"]!.AsArray().Count);

        await using var page = await LiveScreen.Connect(Server, teamToken);
        await page.JoinMission(editionId, "alpha");
        var unpinned = await ApiCalls.Json(await admin.DeleteAsync($"/api/editions/{editionId}/announcements/{forAlpha["id"]}/pin"), 200);
        var heard = await page.Next();
        Assert.False((bool)unpinned["pinned"]!);
        Assert.Equal(("AnnouncementUnpinned", (string)forAlpha["id"]!), (heard.Name, heard.Payload.GetProperty("id").GetString()));

        await using var again = await LiveScreen.Connect(Server, teamToken);
        var after = (await again.JoinMission(editionId, "alpha")).GetProperty("pinned");
        Assert.Equal([(string)forAll["id"]!], after.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Announcement_ToAnUnknownMissionOrWithABadId_IsRefused_AndNothingIsSent()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        var before = (long)(await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200))["version"]!;

        var unknown = await admin.PostAsJsonAsync($"/api/editions/{editionId}/announcements", new { message = "Salle 4", missionId = "nowhere" });
        var bad = await admin.PostAsJsonAsync($"/api/editions/{editionId}/announcements", new { message = "Salle 4", missionId = "Not A Slug" });
        var unpinUnknown = await admin.DeleteAsync($"/api/editions/{editionId}/announcements/nothing-here/pin");

        Assert.Equal([404, 400, 404], new[] { unknown, bad, unpinUnknown }.Select(r => (int)r.StatusCode));
        Assert.All(new[] { unknown, bad, unpinUnknown }, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        Assert.Equal(before, (long)(await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200))["version"]!);
    }
}
