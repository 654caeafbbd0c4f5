using System.Net.Http.Json;
using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RevealDisplayTests(BrowserFixture fixture)
{
    private static readonly ViewportSize FullHd = new() { Width = 1920, Height = 1080 };

    [Fact]
    public async Task RevealThroughTheApi_AppearsOnTheDisplay_WithoutReload()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var context = await fixture.NewContext(FullHd);
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.DisplayUrl);
        await Expect(page.Locator(".outcomes li")).ToHaveCountAsync(3);
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        using (var admin = fixture.Server.Client())
        {
            await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{seed.EditionId}/reveal", new { missionId = "plaquette" }), 200);
        }

        await Expect(page.Locator("li[data-mission='plaquette']")).ToHaveAttributeAsync("data-revealed", "true");
        await Expect(page.Locator("li[data-mission='vente-espaces']")).ToHaveAttributeAsync("data-revealed", "false");
        await Expect(page.Locator("li[data-mission='vente-espaces'] .outcome")).ToHaveTextAsync("À découvrir…");
        await Expect(page.Locator("#reveal-bar")).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "display-reveal");
    }

    [Fact]
    public async Task DeskBar_OnlyWithTheAdminToken_RevealsTheNextMission_OnEveryDisplay()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var context = await fixture.NewContext(FullHd);
        var wall = await context.NewPageAsync();
        await wall.GotoAsync(seed.DisplayUrl);
        var desk = await context.NewPageAsync();
        await desk.GotoAsync($"/display/{seed.EditionId}#token={OrchestratorServer.AdminToken}");

        await Expect(desk.Locator("#reveal-bar")).ToBeVisibleAsync();
        await Expect(wall.Locator("li[data-revealed]")).ToHaveCountAsync(0);
        await Expect(desk.Locator("#reveal-select option")).ToHaveCountAsync(3);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Révéler la suivante" }).ClickAsync();

        // Alphabetical by title: "Définir une stratégie…" comes first.
        await Expect(wall.Locator("li[data-mission='strategie-com']")).ToHaveAttributeAsync("data-revealed", "true");
        await Expect(wall.Locator("li[data-mission='plaquette']")).ToHaveAttributeAsync("data-revealed", "false");
        await Expect(desk.Locator("#reveal-select option")).ToHaveCountAsync(2);
        await Expect(wall.Locator("#reveal-bar")).ToBeHiddenAsync();
        await PageChecks.AssertAccessible(desk);
        await PageChecks.Screenshot(desk, "display-desk-bar");

        await desk.GetByRole(AriaRole.Button, new() { Name = "Tout masquer" }).ClickAsync();
        await Expect(wall.Locator("li[data-revealed='false']")).ToHaveCountAsync(3);
        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = "Tout masquer" })).ToBeDisabledAsync();
    }
}
