using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// Edition events reach a screen in batches (one <c>Events</c> message per batch window and group), in
/// order; a lone event still leaves after one window; a MessagePack client receives the same events as a
/// JSON one.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class LiveBatchTests(LiveServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task OneChangesSeveralEvents_ReachAScreenInOneMessage_InOrder()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        await using var screen = await LiveScreen.Connect(Server);
        await screen.JoinEdition(editionId);

        // A milestone done moves the mission and the edition's counters: two events of one version.
        var mission = await admin.SetMilestone(editionId, "alpha", "framing", "done");
        var events = await screen.UntilEvent(e => e.Name == "EditionChanged");

        Assert.Equal(["MissionChanged", "EditionChanged"], events.Select(e => e.Name));
        Assert.All(events, e => Assert.Equal((long)mission["editionVersion"]!, e.Version));
        Assert.Single(events.Select(e => e.Message).Distinct());
    }

    [Fact]
    public async Task LoneEvent_IsDeliveredInAMessageOfItsOwn()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        await using var screen = await LiveScreen.Connect(Server);
        await screen.JoinEdition(editionId);

        await admin.Announce(editionId, "Café en salle 3");
        var lone = await screen.Next();

        // A message's events are all handed over at once: anything else in it would be here already.
        Assert.Equal("Announcement", lone.Name);
        Assert.DoesNotContain(screen.Received(), e => e.Message == lone.Message);
    }

    [Fact]
    public async Task MessagePackScreen_ReceivesTheSameEventsAsAJsonScreen()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha", "beta");
        await using var json = await LiveScreen.Connect(Server);
        await using var messagePack = await LiveScreen.Connect(Server, messagePack: true);
        // One team link for both pages: issuing another would replace it.
        var team = await admin.IssueTeamToken(editionId, "alpha");
        await using var teamJson = await LiveScreen.Connect(Server, team);
        await using var teamMessagePack = await LiveScreen.Connect(Server, team, messagePack: true);
        var snapshots = (await json.JoinEdition(editionId), await messagePack.JoinEdition(editionId));
        var details = (await teamJson.JoinMission(editionId, "alpha"), await teamMessagePack.JoinMission(editionId, "alpha"));

        await admin.SetMilestone(editionId, "alpha", "framing", "done");
        await admin.SetMilestone(editionId, "beta", "framing", "in-progress");
        await admin.Announce(editionId, "Restitutions « dans » 15 minutes", pinned: true);
        await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions/alpha/help-requests", new { skill = "finance", message = "Un expert finance ?" }), 201);
        static bool Last(LiveEvent e) => e.Name == "HelpRequested";

        AssertSame(snapshots.Item1, snapshots.Item2);
        AssertSame(details.Item1, details.Item2);
        var byJson = await json.UntilEvent(Last);
        var byMessagePack = await messagePack.UntilEvent(Last);
        Assert.Equal(["MissionChanged", "EditionChanged", "MissionChanged", "Announcement", "MissionChanged", "HelpRequested"], byJson.Select(e => e.Name));
        AssertSameEvents(byJson, byMessagePack);
        var teamByJson = await teamJson.UntilEvent(Last);
        Assert.Equal(["MissionChanged", "Announcement", "MissionChanged", "HelpRequested"], teamByJson.Select(e => e.Name));
        AssertSameEvents(teamByJson, await teamMessagePack.UntilEvent(Last));
    }

    private static void AssertSameEvents(List<LiveEvent> json, List<LiveEvent> messagePack)
    {
        Assert.Equal(json.Select(e => (e.Name, e.Version)), messagePack.Select(e => (e.Name, e.Version)));
        foreach (var (a, b) in json.Zip(messagePack))
        {
            AssertSame(a.Payload, b.Payload);
        }
    }

    private static void AssertSame(JsonElement json, JsonElement messagePack) =>
        Assert.True(JsonElement.DeepEquals(json, messagePack), $"JSON {json.GetRawText()}\nMessagePack {messagePack.GetRawText()}");
}
