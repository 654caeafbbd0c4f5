using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ControlRoomTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ControlRoom_ShowsEveryMissionOfTheEdition_AndKeepsTheTokenOutOfTheAddress()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();

        await page.GotoAsync(seed.ControlRoomUrl);

        await Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");
        foreach (var (id, title, _, associationName) in Seed.Missions)
        {
            var card = page.Locator($"[data-mission='{id}']");
            await Expect(card.Locator("h3")).ToHaveTextAsync(title);
            await Expect(card.Locator(".association")).ToHaveTextAsync(associationName);
            await Expect(card.Locator(".health")).Not.ToBeEmptyAsync();
        }

        await Expect(page.Locator("[data-counter='missions'] dd")).ToHaveTextAsync("3");
        await Expect(page.Locator("[data-counter='associations'] dd")).ToHaveTextAsync("3");
        Assert.DoesNotContain("token", page.Url, StringComparison.Ordinal);

        // A viewer's wall screen watches: once the page knows the token's role, the desk-only
        // announcement composer stays hidden.
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-desk", "no");
        await Expect(page.Locator("#announce-form")).ToBeHiddenAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");

        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "control-room");
    }

    [Fact]
    public async Task ControlRoom_ShowsAMilestoneMovedElsewhere_WithoutReload()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.ControlRoomUrl);
        var card = page.Locator("[data-mission='plaquette']");
        await Expect(card.Locator(".progress")).ToHaveAttributeAsync("aria-valuenow", "0");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        await seed.SetMilestone(fixture.Server, "plaquette", "framing", "done");
        await seed.SetMilestone(fixture.Server, "plaquette", "diagnosis", "blocked", "Pas d'accès aux chiffres");

        await Expect(card.Locator(".progress")).ToHaveAttributeAsync("aria-valuenow", "20");
        await Expect(card).ToHaveAttributeAsync("data-health", "blocked");
        await Expect(card.Locator(".health")).ToHaveTextAsync("Bloquée");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "The page reloaded.");
    }

    [Fact]
    public async Task ControlRoom_SortsAndFilters_AndSwitchesToEnglish()
    {
        var seed = await Seed.Create(fixture.Server);
        await seed.SetMilestone(fixture.Server, "strategie-com", "framing", "done");
        await seed.SetMilestone(fixture.Server, "strategie-com", "diagnosis", "done");
        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.ControlRoomUrl);
        await Expect(page.Locator(".mission-card")).ToHaveCountAsync(3);

        await page.GetByLabel("Trier").SelectOptionAsync("progress-desc");
        await Expect(page.Locator(".mission-card").First).ToHaveAttributeAsync("data-mission", "strategie-com");

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator(".mission-card").First.Locator(".progress-text")).ToHaveTextAsync("Progress: 40%");

        await page.GetByLabel("Filter").SelectOptionAsync("help");
        await Expect(page.Locator(".mission-card")).ToHaveCountAsync(0);
        await Expect(page.Locator("#missions-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ControlRoom_SendsAnAnnouncement_ShownAsText()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.DeskUrl);
        await Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");

        const string message = "Restitutions dans 15 minutes <img src=x onerror=\"window.pwned=1\">";
        await page.GetByLabel("Message").FillAsync(message);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l’annonce" }).ClickAsync();

        await Expect(page.Locator("#announcements li")).ToContainTextAsync(message);
        await Expect(page.Locator("#announcements img")).ToHaveCountAsync(0);
        Assert.False(await page.EvaluateAsync<bool>("() => window.pwned === 1"));
    }
}
