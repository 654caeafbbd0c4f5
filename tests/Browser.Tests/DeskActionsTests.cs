using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

/// <summary>The desk handles help requests and follows the schedule; the lead records deliverables and check-ins.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskActionsTests(BrowserFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Desk_AcknowledgesThenResolvesAHelpRequest_TheLeadPageAndTheCardFollowWithoutReload()
    {
        var seed = await Seed.Create(fixture.Server);
        using (var lead = fixture.Server.Client(seed.LeadTokens["plaquette"]))
        {
            await ApiCalls.Json(await lead.PostAsJsonAsync($"/api/editions/{seed.EditionId}/missions/plaquette/help-requests", new { skill = "finance", message = "Besoin d'un expert du chiffrage" }), 201);
        }

        await using var deskContext = await fixture.NewContext();
        await using var leadContext = await fixture.NewContext(Phone);
        var desk = await deskContext.NewPageAsync();
        var leadPage = await leadContext.NewPageAsync();
        await desk.GotoAsync(seed.DeskUrl);
        await leadPage.GotoAsync(seed.LeadPageUrl("plaquette"));
        var queued = desk.Locator("#help-queue li");
        var card = desk.Locator("[data-mission='plaquette'] .help");
        var leadRequest = leadPage.Locator("#help-requests li");
        await Expect(queued).ToHaveCountAsync(1);
        await Expect(queued).ToHaveAttributeAsync("data-status", "open");
        await Expect(card).ToHaveAttributeAsync("data-count", "1");
        await Expect(leadRequest).ToHaveAttributeAsync("data-status", "open");
        await PageChecks.AssertAccessible(desk);

        await queued.GetByRole(AriaRole.Button, new() { Name = "Prise en charge" }).ClickAsync();

        await Expect(queued).ToHaveAttributeAsync("data-status", "acknowledged");
        await Expect(leadRequest).ToHaveAttributeAsync("data-status", "acknowledged");
        await Expect(leadRequest.Locator(".help-status")).ToHaveTextAsync("Prise en charge");
        await Expect(card).ToHaveAttributeAsync("data-count", "1");
        await PageChecks.Screenshot(desk, "control-room-help-acknowledged");

        await queued.GetByRole(AriaRole.Button, new() { Name = "Résolue" }).ClickAsync();

        await Expect(queued).ToHaveCountAsync(0);
        await Expect(desk.Locator("#help-empty")).ToBeVisibleAsync();
        await Expect(card).ToHaveAttributeAsync("data-count", "0");
        await Expect(leadRequest).ToHaveAttributeAsync("data-status", "resolved");
        var mission = await seed.GetMission(fixture.Server, "plaquette");
        Assert.Equal("resolved", mission["helpRequests"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lead_AddsADeliverableAndChecksInAMember_TheControlRoomCardCountsThem()
    {
        var seed = await Seed.Create(fixture.Server);
        using (var admin = fixture.Server.Client())
        {
            await admin.AddMember(seed.EditionId, "vente-espaces", "Jihane Benali", "Mazars", remote: false);
        }

        await using var deskContext = await fixture.NewContext();
        await using var leadContext = await fixture.NewContext(Phone);
        var desk = await deskContext.NewPageAsync();
        var leadPage = await leadContext.NewPageAsync();
        await desk.GotoAsync(seed.ControlRoomUrl);
        await leadPage.GotoAsync(seed.LeadPageUrl("vente-espaces"));
        var card = desk.Locator("[data-mission='vente-espaces']");
        await Expect(card.Locator(".deliverables")).ToHaveAttributeAsync("data-count", "0");

        await leadPage.GetByLabel("Titre du livrable").FillAsync("Plaquette <b>commerciale</b>");
        await leadPage.GetByLabel("Lien (https://…, facultatif)").FillAsync("javascript:alert(1)");
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Ajouter le livrable" }).ClickAsync();
        await Expect(leadPage.Locator("#deliverable-status")).ToHaveAttributeAsync("data-kind", "error");

        await leadPage.GetByLabel("Titre du livrable").FillAsync("Plaquette commerciale");
        await leadPage.GetByLabel("Lien (https://…, facultatif)").FillAsync("https://example.org/plaquette.pdf");
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Ajouter le livrable" }).ClickAsync();

        // The server's copy: until the answer comes, the pending one may show beside it.
        var link = leadPage.Locator("#deliverables li:not([data-pending]) a");
        await Expect(link).ToHaveTextAsync("Plaquette commerciale");
        await Expect(link).ToHaveAttributeAsync("href", "https://example.org/plaquette.pdf");
        await Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await Expect(card.Locator(".deliverables")).ToHaveAttributeAsync("data-count", "1");

        var toggle = leadPage.Locator("#members .check-in");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(card.Locator(".checked-in")).ToHaveAttributeAsync("data-count", "1");
        await Expect(desk.Locator("[data-counter='volunteers'] dd")).ToHaveTextAsync("1");
        var mission = await seed.GetMission(fixture.Server, "vente-espaces");
        Assert.True(mission["members"]![0]!["checkedIn"]!.GetValue<bool>());

        await PageChecks.AssertAccessible(leadPage);
        await PageChecks.Screenshot(leadPage, "lead-deliverables-check-in");
    }

    [Fact]
    public async Task LeadPage_KeepsADeliverableMadeOffline_AndSendsItWhenTheNetworkIsBack()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var context = await fixture.NewContext(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.LeadPageUrl("strategie-com"));
        await Expect(page.Locator("#mission-title")).Not.ToBeEmptyAsync();

        await context.SetOfflineAsync(true);
        await page.GetByLabel("Titre du livrable").FillAsync("Stratégie de communication");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le livrable" }).ClickAsync();
        await Expect(page.Locator("#deliverables li[data-pending]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#outbox")).ToBeVisibleAsync();

        await context.SetOfflineAsync(false);

        await Expect(page.Locator("#deliverables li:not([data-pending])")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(page.Locator("#outbox")).ToBeHiddenAsync();
        var mission = await seed.GetMission(fixture.Server, "strategie-com");
        Assert.Single(mission["deliverables"]!.AsArray());
    }

    [Fact]
    public async Task ControlRoom_ShowsTodaysSchedule_WithTheCurrentPhaseHighlighted()
    {
        using var admin = fixture.Server.Client();
        var editionId = ApiCalls.NewId("today");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await ApiCalls.Json(await admin.PostAsJsonAsync("/api/editions", new
        {
            id = editionId,
            title = "Marathon du jour",
            territory = "Lyon",
            format = "marathon",
            timezone = "Europe/Paris",
            days = new[] { new { date = today, label = "Marathon", start = "00:00", end = "23:59" } },
        }), 201);
        await ApiCalls.Json(await admin.PutAsJsonAsync($"/api/editions/{editionId}/days/{today}/schedule", new
        {
            phases = new[]
            {
                new { id = "all-day", label = "Travail en équipes", start = "00:00", end = "23:59" },
            },
        }), 200);

        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/control/{editionId}#token={OrchestratorServer.AdminToken}");

        var phase = page.Locator("#schedule li[data-phase='all-day']");
        await Expect(phase).ToHaveClassAsync("current");
        await Expect(phase).ToHaveAttributeAsync("aria-current", "time");
        await Expect(page.Locator("#schedule-current")).ToHaveTextAsync("En ce moment : Travail en équipes");
        await PageChecks.AssertAccessible(page);
    }
}
