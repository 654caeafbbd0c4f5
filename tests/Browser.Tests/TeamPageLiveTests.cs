using System.Net.Http.Json;
using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

/// <summary>The remote team's page follows its mission over the hub: changes without reloading, and who is here.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TeamPageLiveTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TeamPage_MilestoneChange_AppearsWithoutReload_AndPresenceCountsThePage()
    {
        var seed = await Seed.Create(fixture.Server);
        string teamToken;
        using (var admin = fixture.Server.Client())
        {
            await ApiCalls.Json(await admin.PostAsJsonAsync(
                $"/api/editions/{seed.EditionId}/missions/plaquette/members", new { name = "Chloé R.", company = "Orange", remote = true }), 201);
            teamToken = await admin.IssueTeamToken(seed.EditionId, "plaquette");
        }

        await using var context = await fixture.NewContext(new ViewportSize { Width = 390, Height = 844 });
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.TeamPageUrl("plaquette", teamToken));
        await Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");
        await Expect(page.Locator("#presence-count")).ToHaveAttributeAsync("data-count", "1");
        await Expect(page.Locator("#presence-count")).ToHaveTextAsync("1 connecté");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        await seed.SetMilestone(fixture.Server, "plaquette", "framing", "done");
        await Expect(page.Locator("[data-milestone='framing'] .status")).ToHaveAttributeAsync("data-status", "done");
        await Expect(page.Locator("#mission-progress")).ToHaveAttributeAsync("aria-valuenow", "20");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "The page changed without reloading.");

        // Saying who you are puts your name in the team's presence.
        await page.GetByLabel("Je suis").SelectOptionAsync(new SelectOptionValue { Label = "Chloé R." });
        await Expect(page.Locator("#presence li")).ToHaveTextAsync("Chloé R.");
        await Expect(page.Locator("#presence-count")).ToHaveAttributeAsync("data-count", "1");

        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "team-live");
    }

    [Fact]
    public async Task TeamPage_Announcement_ArrivesLive()
    {
        var seed = await Seed.Create(fixture.Server);
        string teamToken;
        using var admin = fixture.Server.Client();
        teamToken = await admin.IssueTeamToken(seed.EditionId, "plaquette");
        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.TeamPageUrl("plaquette", teamToken));
        await Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");

        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{seed.EditionId}/announcements", new { message = "Restitutions dans 15 minutes" }), 202);

        await Expect(page.Locator("#announcements li")).ToContainTextAsync("Restitutions dans 15 minutes");
    }
}
