using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

/// <summary>
/// The README run command's demo (the Factory 2018 at La Défense) as the desk, a team lead and the
/// closing-evening room see it. The screenshots it keeps are the ones the README shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoEditionPagesTests(BrowserFixture fixture)
{
    private const string Edition = "factory-2018";

    [Fact]
    public async Task Demo_EveryPageShowsTheFactory2018()
    {
        await using var server = OrchestratorServer.Start(new Dictionary<string, string?> { ["Orchestrator:Demo:Load"] = "true" });
        var token = OrchestratorServer.AdminToken;
        using var admin = server.Client();
        var viewer = await admin.IssueViewerToken(Edition);

        await using (var desk = await Context(server, 1600, 1000))
        {
            var page = await desk.NewPageAsync();
            await page.GotoAsync($"/control/{Edition}#token={viewer}");
            await Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");
            await Expect(page.Locator("#missions > li")).ToHaveCountAsync(22);
            await Expect(page.Locator("[data-counter='volunteers'] dd")).ToHaveTextAsync("250");
            await Expect(page.Locator("[data-mission='arts-93']")).ToHaveAttributeAsync("data-health", "blocked");
            await PageChecks.Screenshot(page, "demo-control-room", fullPage: false);
        }

        await using (var phone = await Context(server, 390, 844))
        {
            var page = await phone.NewPageAsync();
            await page.GotoAsync($"/lead/{Edition}/drenche-commercial#token={token}");
            await Expect(page.Locator("#mission-title")).ToHaveTextAsync("Démarche commerciale : vendre des espaces publicitaires");
            await Expect(page.Locator("[data-milestone]")).ToHaveCountAsync(5);
            await PageChecks.Screenshot(page, "demo-lead", fullPage: false);
        }

        await using (var room = await Context(server, 1920, 1080))
        {
            var page = await room.NewPageAsync();
            await page.GotoAsync($"/display/{Edition}#token={viewer}");
            await Expect(page.Locator("[data-counter='volunteers'] dd")).ToHaveTextAsync("250");
            await Expect(page.Locator("[data-counter='companies'] dd")).ToHaveTextAsync("15");
            await Expect(page.Locator("[data-counter='associations'] dd")).ToHaveTextAsync("20");
            await PageChecks.Screenshot(page, "demo-display", fullPage: false);
        }

        await using (var remote = await Context(server, 1280, 900))
        {
            var page = await remote.NewPageAsync();
            await page.GotoAsync($"/team/{Edition}/auxilia-communication#token={token}");
            await Expect(page.Locator("#mission-title")).ToHaveTextAsync("Stratégie de communication");
            await PageChecks.Screenshot(page, "demo-team");
        }

        await using (var setup = await Context(server, 1366, 900))
        {
            var page = await setup.NewPageAsync();
            await page.GotoAsync($"/setup/{Edition}#token={token}");
            await Expect(page.Locator("[data-mission='andibo']").First).ToBeVisibleAsync();
            await PageChecks.Screenshot(page, "demo-setup", fullPage: false);
        }
    }

    private Task<IBrowserContext> Context(OrchestratorServer server, int width, int height) =>
        fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fr-FR",
        });
}
