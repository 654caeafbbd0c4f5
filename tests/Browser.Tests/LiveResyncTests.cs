using Orchestrator.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

/// <summary>The live rule of the pages: a gap in edition versions, or a reconnect, fetches the snapshot again.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveResyncTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ControlRoom_SeesAGapInVersions_AndFetchesTheSnapshotAgain()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        var tap = await HubTap.Attach(page);
        await page.GotoAsync(seed.ControlRoomUrl);
        await Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");
        Assert.Equal(1, tap.Joins);

        tap.LoseVersion = await seed.GetEditionVersion(fixture.Server) + 1;
        await seed.SetMilestone(fixture.Server, "vente-espaces", "framing", "done");
        await seed.SetMilestone(fixture.Server, "plaquette", "framing", "done");

        await Expect(page.Locator("[data-mission='plaquette'] .progress")).ToHaveAttributeAsync("aria-valuenow", "20");
        await Expect(page.Locator("[data-mission='vente-espaces'] .progress")).ToHaveAttributeAsync("aria-valuenow", "20");
        await Expect(page.Locator("[data-counter='missions'] dd")).ToHaveTextAsync("3");
        Assert.Equal(2, tap.Joins);
    }

    [Fact]
    public async Task ControlRoom_ReconnectsAfterALostConnection_AndCatchesUp()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        var tap = await HubTap.Attach(page);
        await page.GotoAsync(seed.ControlRoomUrl);
        await Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");

        tap.LoseVersion = await seed.GetEditionVersion(fixture.Server) + 1;
        await seed.SetMilestone(fixture.Server, "strategie-com", "framing", "done");
        await tap.CutConnections();

        await Expect(page.Locator("[data-mission='strategie-com'] .progress")).ToHaveAttributeAsync("aria-valuenow", "20", new() { Timeout = 20_000 });
        await Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");
        Assert.True(tap.Joins >= 2, $"JoinEdition was called {tap.Joins} time(s).");
    }
}
