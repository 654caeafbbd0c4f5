using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// Edition events reach a screen in batches (one <c>Events</c> message per batch window and group), in
/// order; a lone event still leaves after one window.
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
}
