using System.Net.Http.Json;
using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TeamAndSetupPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TeamPage_ShowsTheMissionAndItsMembers_FromATeamLink()
    {
        var seed = await Seed.Create(fixture.Server);
        string teamToken;
        using (var admin = fixture.Server.Client())
        {
            await admin.AddMember(seed.EditionId, "strategie-com", "Chloé R.", "Orange", remote: true);
            teamToken = await admin.IssueTeamToken(seed.EditionId, "strategie-com");
        }

        await seed.SetMilestone(fixture.Server, "strategie-com", "framing", "done");
        await using var context = await fixture.NewContext(new ViewportSize { Width = 390, Height = 844 });
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.TeamPageUrl("strategie-com", teamToken));

        await Expect(page.Locator("#mission-title")).ToHaveTextAsync("Définir une stratégie de communication");
        await Expect(page.Locator("[data-milestone='framing'] .status")).ToHaveAttributeAsync("data-status", "done");
        await Expect(page.Locator("#members li strong")).ToHaveTextAsync("Chloé R.");

        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "team");
    }

    [Fact]
    public async Task Setup_CreatesAnEditionAndAMission_AndHandsOutAWorkingLeadLink()
    {
        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        var editionId = ApiCalls.NewId("marathon");

        await page.GotoAsync("/setup");
        await page.Locator("#admin-form input[name='token']").FillAsync(OrchestratorServer.AdminToken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Utiliser ce jeton" }).ClickAsync();
        await page.GetByLabel("Identifiant (a-z, 0-9, -)").FillAsync(editionId);
        await page.GetByLabel("Titre", new() { Exact = true }).FillAsync("Marathon Lyon");
        await page.GetByLabel("Territoire").FillAsync("Lyon");
        await page.GetByLabel("Format").SelectOptionAsync("marathon");
        await page.GetByLabel("Date du premier jour").FillAsync("2026-12-03");
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "setup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l’édition" }).ClickAsync();

        await Expect(page).ToHaveURLAsync($"{fixture.Server.BaseAddress}setup/{editionId}");
        await page.GetByLabel("Identifiant de la mission").FillAsync("site-web");
        await page.GetByLabel("Titre de la mission").FillAsync("Refaire le site web");
        await page.GetByLabel("Identifiant de l’association").FillAsync("entourage");
        await page.GetByLabel("Nom de l’association").FillAsync("Entourage");
        await page.GetByLabel("Chef de projet").FillAsync("Nadia");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la mission" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer les liens de lecture" }).ClickAsync();

        var leadLink = page.Locator("[data-mission='site-web'] .lead-link");
        await Expect(leadLink).ToContainTextAsync($"/lead/{editionId}/site-web#token=");
        await Expect(page.Locator("#viewer-links a")).ToHaveCountAsync(2);
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "setup-edition");

        var href = await leadLink.GetAttributeAsync("href");
        await using var phone = await fixture.NewContext(new ViewportSize { Width = 390, Height = 844 });
        var lead = await phone.NewPageAsync();
        await lead.GotoAsync(href!);
        await Expect(lead.Locator("#mission-title")).ToHaveTextAsync("Refaire le site web");
        await Expect(lead.Locator(".milestone")).ToHaveCountAsync(3);

        await page.GotoAsync("/");
        await Expect(page.Locator($"[data-edition='{editionId}']")).ToContainTextAsync("Marathon Lyon");
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "home");
    }

    [Theory]
    [InlineData("/control/Not_A_Slug")]
    [InlineData("/lead/edition/bad%20id")]
    public async Task PageRoutes_RefuseIdsThatAreNotSlugs(string path)
    {
        using var client = fixture.Server.Client(token: null);
        var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/setup")]
    [InlineData("/setup/some-edition")]
    [InlineData("/control/some-edition")]
    [InlineData("/lead/some-edition/some-mission")]
    [InlineData("/team/some-edition/some-mission")]
    [InlineData("/display/some-edition")]
    public async Task PageRoutes_ServeHtmlWithoutAToken_UnderAContentSecurityPolicy(string path)
    {
        using var client = fixture.Server.Client(token: null);
        var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
