using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LeadPageTests(BrowserFixture fixture)
{
    private const string Markup = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">";

    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly LocatorAssertionsToHaveAttributeOptions Patient = new() { Timeout = 20_000 };

    [Fact]
    public async Task LeadPage_MovesAMilestoneInOneTap_AndTheControlRoomSeesItWithoutReload()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var leadContext = await fixture.NewContext(Phone);
        await using var deskContext = await fixture.NewContext();
        var lead = await leadContext.NewPageAsync();
        var desk = await deskContext.NewPageAsync();
        await desk.GotoAsync(seed.ControlRoomUrl);
        var card = desk.Locator("[data-mission='vente-espaces']");
        await Expect(card.Locator(".progress")).ToHaveAttributeAsync("aria-valuenow", "0");

        await lead.GotoAsync(seed.LeadPageUrl("vente-espaces"));
        await Expect(lead.Locator("#mission-title")).ToHaveTextAsync("Vendre des espaces publicitaires");
        await lead.Locator("[data-move='framing:done']").ClickAsync();

        await Expect(lead.Locator("[data-milestone='framing'] .status")).ToHaveAttributeAsync("data-status", "done");
        await Expect(card.Locator(".progress")).ToHaveAttributeAsync("aria-valuenow", "20");
        Assert.DoesNotContain("token", lead.Url, StringComparison.Ordinal);

        await PageChecks.AssertAccessible(lead);
        await PageChecks.Screenshot(lead, "lead");
    }

    [Fact]
    public async Task LeadPage_KeepsATapMadeOffline_AndSendsItOnceWhenTheNetworkIsBack()
    {
        var seed = await Seed.Create(fixture.Server);
        var before = await seed.GetMission(fixture.Server, "strategie-com");
        await using var context = await fixture.NewContext(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.LeadPageUrl("strategie-com"));
        var framing = page.Locator("[data-milestone='framing']");
        await Expect(framing.Locator(".status")).ToHaveAttributeAsync("data-status", "todo");

        await context.SetOfflineAsync(true);
        await framing.Locator("[data-move='framing:in-progress']").ClickAsync();

        await Expect(framing).ToHaveAttributeAsync("data-pending", "");
        await Expect(framing.Locator(".pending-badge")).ToBeVisibleAsync();
        await Expect(page.Locator("#outbox")).ToBeVisibleAsync();
        await Expect(framing.Locator("[data-move='framing:in-progress']")).ToHaveAttributeAsync("aria-pressed", "true");
        await PageChecks.Screenshot(page, "lead-offline-pending");
        var whileOffline = await seed.GetMission(fixture.Server, "strategie-com");
        Assert.Equal(before["version"]!.GetValue<long>(), whileOffline["version"]!.GetValue<long>());

        await context.SetOfflineAsync(false);

        await Expect(framing.Locator(".status")).ToHaveAttributeAsync("data-status", "in-progress", Patient);
        await Expect(framing).Not.ToHaveAttributeAsync("data-pending", "");
        await Expect(page.Locator("#outbox")).ToBeHiddenAsync();
        var after = await seed.GetMission(fixture.Server, "strategie-com");
        Assert.Equal(before["version"]!.GetValue<long>() + 1, after["version"]!.GetValue<long>());
        Assert.Equal("in-progress", after["milestones"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == "framing")!["status"]!.GetValue<string>());
        Assert.Equal("[]", await page.EvaluateAsync<string>("() => localStorage.getItem(Object.keys(localStorage).find(k => k.startsWith('orchestrator.outbox:')))"));
    }

    [Fact]
    public async Task LeadPage_RetriesAnActionWhoseAnswerWasLost_WithTheSameIdempotencyKey_AndItAppliesOnce()
    {
        var seed = await Seed.Create(fixture.Server);
        var before = await seed.GetMission(fixture.Server, "vente-espaces");
        await using var context = await fixture.NewContext(Phone);
        var page = await context.NewPageAsync();
        var keys = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var answers = 0;
        await page.RouteAsync("**/milestones/**", async route =>
        {
            keys.Enqueue(route.Request.Headers["idempotency-key"]);
            if (Interlocked.Increment(ref answers) == 1)
            {
                // The server applies the change, but its answer never reaches the phone.
                await route.FetchAsync();
                await route.AbortAsync("connectionreset");
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await page.GotoAsync(seed.LeadPageUrl("vente-espaces"));
        var framing = page.Locator("[data-milestone='framing']");
        await Expect(framing.Locator(".status")).ToHaveAttributeAsync("data-status", "todo");

        await framing.Locator("[data-move='framing:done']").ClickAsync();
        await Expect(framing.Locator(".pending-badge")).ToBeVisibleAsync();

        await Expect(framing).Not.ToHaveAttributeAsync("data-pending", "", new() { Timeout = 20_000 });
        await Expect(framing.Locator(".status")).ToHaveAttributeAsync("data-status", "done");
        Assert.True(keys.Count >= 2, $"The action was sent {keys.Count} time(s).");
        Assert.Single(keys.Distinct());
        var after = await seed.GetMission(fixture.Server, "vente-espaces");
        Assert.Equal(before["version"]!.GetValue<long>() + 1, after["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task LeadPage_ShowsMarkupTypedInAHelpRequestAndABlockedNoteAsText_InBothPages()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var leadContext = await fixture.NewContext(Phone);
        await using var deskContext = await fixture.NewContext();
        var lead = await leadContext.NewPageAsync();
        var desk = await deskContext.NewPageAsync();
        await desk.GotoAsync(seed.ControlRoomUrl);
        await Expect(desk.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");
        await lead.GotoAsync(seed.LeadPageUrl("plaquette"));
        await Expect(lead.Locator("#mission-title")).Not.ToBeEmptyAsync();

        await lead.GetByLabel("Compétence recherchée").FillAsync("Finance");
        await lead.GetByLabel("Message", new() { Exact = true }).FillAsync(Markup);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
        await Expect(lead.Locator("#help-requests .help-message")).ToHaveTextAsync(Markup);
        await lead.Locator("[data-move='diagnosis:blocked']").ClickAsync();
        await lead.GetByLabel("Qu’est-ce qui bloque ?").FillAsync(Markup);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Signaler le blocage" }).ClickAsync();

        await Expect(lead.Locator("#help-requests .help-message")).ToHaveTextAsync(Markup);
        await Expect(lead.Locator("[data-milestone='diagnosis'] .note")).ToContainTextAsync(Markup);
        await Expect(desk.Locator("#help-queue .help-message")).ToHaveTextAsync(Markup);
        await Expect(desk.Locator("#help-queue strong")).ToHaveTextAsync("Finance");
        foreach (var page in new[] { lead, desk })
        {
            await Expect(page.Locator("main img, main script, main b")).ToHaveCountAsync(0);
            Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"), "Markup typed by a user ran.");
        }
    }

    [Fact]
    public async Task LeadPage_AddsAMember()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var context = await fixture.NewContext(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.LeadPageUrl("plaquette"));
        await Expect(page.Locator("#mission-title")).Not.ToBeEmptyAsync();

        await page.GetByLabel("Nom").FillAsync("Awa Diallo");
        await page.GetByLabel("Entreprise").FillAsync("BNP Paribas");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le membre" }).ClickAsync();

        await Expect(page.Locator("#members li .member")).ToHaveTextAsync("Awa Diallo · BNP Paribas");
        await Expect(page.Locator("#members li .check-in")).ToHaveAttributeAsync("aria-pressed", "false");
        var mission = await seed.GetMission(fixture.Server, "plaquette");
        Assert.Single(mission["members"]!.AsArray());
    }
}
