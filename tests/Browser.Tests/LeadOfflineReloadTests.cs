using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

/// <summary>A lead's tab reloaded on a bad venue network: the service worker serves the page, the outbox keeps what waits.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LeadOfflineReloadTests(BrowserFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly LocatorAssertionsToHaveAttributeOptions Patient = new() { Timeout = 20_000 };

    [Fact]
    public async Task LeadPage_ReloadedOffline_ShowsThePageAndItsPendingAction_SentOnceWhenTheNetworkIsBack()
    {
        var seed = await Seed.Create(fixture.Server);
        var before = await seed.GetMission(fixture.Server, "plaquette");
        await using var context = await fixture.NewContext(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.LeadPageUrl("plaquette"));
        var framing = page.Locator("[data-milestone='framing']");
        await Expect(framing.Locator(".status")).ToHaveAttributeAsync("data-status", "todo");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-offline-ready", "yes");

        // Offline for the browser (the reload comes from the service worker), and the lead's calls
        // dropped at the server too: Chromium's offline emulation has let a call of the reloaded page through.
        var cut = fixture.Network.Cut(seed.LeadTokens["plaquette"]);
        await context.SetOfflineAsync(true);
        await framing.Locator("[data-move='framing:done']").ClickAsync();
        await Expect(framing).ToHaveAttributeAsync("data-pending", "");
        await page.ReloadAsync();

        await Expect(page.Locator("#mission-title")).ToHaveTextAsync("Produire une plaquette commerciale");
        await Expect(framing).ToHaveAttributeAsync("data-pending", "");
        await Expect(page.Locator("#outbox")).ToBeVisibleAsync();
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "lead-offline-reloaded");
        Assert.Equal(before["version"]!.GetValue<long>(), (await seed.GetMission(fixture.Server, "plaquette"))["version"]!.GetValue<long>());

        cut.Dispose();
        await context.SetOfflineAsync(false);

        await Expect(framing.Locator(".status")).ToHaveAttributeAsync("data-status", "done", Patient);
        await Expect(page.Locator("#outbox")).ToBeHiddenAsync();
        await Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live", Patient);
        var after = await seed.GetMission(fixture.Server, "plaquette");
        Assert.Equal(before["version"]!.GetValue<long>() + 1, after["version"]!.GetValue<long>());
        Assert.Equal("done", after["milestones"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == "framing")!["status"]!.GetValue<string>());
    }
}
