using System.Net.Http.Json;
using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DisplayPageTests(BrowserFixture fixture)
{
    private static readonly ViewportSize FullHd = new() { Width = 1920, Height = 1080 };

    [Fact]
    public async Task Display_ShowsTheCountersAndOutcomes_AndFollowsChangesLive()
    {
        var seed = await Seed.Create(fixture.Server);
        using (var admin = fixture.Server.Client())
        {
            foreach (var (name, company) in new[] { ("Awa", "BNP Paribas"), ("Louis", "Orange"), ("Inès", "Orange") })
            {
                await admin.AddMember(seed.EditionId, "vente-espaces", name, company, remote: false);
            }
        }

        await using var context = await fixture.NewContext(FullHd);
        var page = await context.NewPageAsync();
        await page.GotoAsync(seed.DisplayUrl);

        await Expect(page.Locator("[data-counter='volunteers'] dd")).ToHaveTextAsync("3");
        await Expect(page.Locator("[data-counter='companies'] dd")).ToHaveTextAsync("2");
        await Expect(page.Locator("[data-counter='associations'] dd")).ToHaveTextAsync("3");
        await Expect(page.Locator("[data-counter='missionsCompleted'] dd")).ToHaveTextAsync("0");
        await Expect(page.Locator(".outcomes li")).ToHaveCountAsync(3);

        foreach (var milestone in new[] { "framing", "diagnosis", "ideas", "deliverable", "presentation" })
        {
            await seed.SetMilestone(fixture.Server, "plaquette", milestone, "done");
        }

        await Expect(page.Locator("[data-counter='missionsCompleted'] dd")).ToHaveTextAsync("1");
        await Expect(page.Locator(".outcomes li[data-mission='plaquette'] .outcome")).ToHaveTextAsync("✓ Terminée");

        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "display");
    }
}
