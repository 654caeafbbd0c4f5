using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DashboardPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task HomePage_OpensTheDashboardForTheAdmin_WithAnHttpOnlyCookie_AndOffersNothingWithoutAToken()
    {
        await using var admin = await fixture.NewContext();
        var page = await admin.NewPageAsync();
        await page.GotoAsync($"/#token={OrchestratorServer.AdminToken}");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Tableau de bord du cluster" });

        var dashboard = await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => new Uri(r.Url).AbsolutePath == "/dashboard/");

        Assert.Equal(200, dashboard.Status);
        var cookie = Assert.Single(await admin.CookiesAsync(), c => c.Name == "orchestrator-dashboard");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal("/dashboard", cookie.Path);

        await using var visitor = await fixture.NewContext();
        var anonymous = await visitor.NewPageAsync();
        await anonymous.GotoAsync("/");
        await Expect(anonymous.Locator("#editions-empty")).ToBeVisibleAsync();
        await Expect(anonymous.Locator("#dashboard")).ToBeHiddenAsync();
    }
}
