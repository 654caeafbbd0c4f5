using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SetupImportTests(BrowserFixture fixture)
{
    private const string Header = "missionId;missionTitle;associationId;associationName;leadName;volunteerName;company;remote";

    [Fact]
    public async Task Import_PreviewShowsErrorsPerLine_ThenConfirmedImportShowsLeadLinksWithQrCodes_AndPrintsASheet()
    {
        var editionId = ApiCalls.NewId("import");
        using (var admin = fixture.Server.Client())
        {
            await ApiCalls.CreateEdition(admin, editionId);
        }

        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/setup/{editionId}#token={OrchestratorServer.AdminToken}");
        var sheet = page.GetByLabel("Ou coller le tableau");

        await sheet.FillAsync(string.Join("\n",
            Header,
            "vente-espaces;Vendre des espaces publicitaires;le-drenche;Le Drenche;Germain;Amélie Martin;DXC Technology;non",
            "plaquette;<script>alert(1)</script>;la-cravate;La Cravate Solidaire;Pauline;;;",
            "vente-espaces;Vendre des espaces publicitaires;le-drenche;Le Drenche;Germain;amélie martin;Mazars;oui"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prévisualiser" }).ClickAsync();

        await Expect(page.Locator("#import-errors li[data-line='3']")).ToContainTextAsync("Ligne 3 (missionTitle)");
        // The server's codes, said in the page's language.
        await Expect(page.Locator("#import-errors li[data-line='4']")).ToContainTextAsync("est déjà dans la mission « vente-espaces » ligne 2");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l’import" })).ToBeDisabledAsync();
        Assert.Equal(0, await page.Locator("#import-errors script").CountAsync());
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "setup-import-errors");

        await sheet.FillAsync(string.Join("\n",
            Header,
            "vente-espaces;Vendre des espaces publicitaires;le-drenche;Le Drenche;Germain;Amélie Martin;DXC Technology;non",
            "vente-espaces;Vendre des espaces publicitaires;le-drenche;Le Drenche;Germain;Jihane;Mazars;oui",
            "plaquette;Produire une plaquette commerciale;la-cravate;La Cravate Solidaire;Pauline;;;"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prévisualiser" }).ClickAsync();
        await Expect(page.Locator("#import-rows tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#import-caption")).ToHaveTextAsync("Aperçu : 2 missions, 2 associations, 2 bénévoles");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l’import" }).ClickAsync();

        var card = page.Locator("[data-mission='plaquette'].link-card");
        await Expect(card.Locator(".lead-link")).ToContainTextAsync($"/lead/{editionId}/plaquette#token=");
        await Expect(card.Locator(".lead-name")).ToHaveTextAsync("Chef de projet : Pauline");
        await Expect(card.Locator("img.qr")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/svg\\+xml"));
        await Expect(page.Locator("[data-mission='vente-espaces'] img.qr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer les liens de lecture" }).ClickAsync();
        await Expect(page.Locator("#viewer-links img.qr")).ToHaveCountAsync(2);
        Assert.True(await card.Locator("img.qr").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "setup-import-done");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("#print-edition")).ToBeVisibleAsync();
        await Expect(page.Locator("#viewer-heading")).ToBeVisibleAsync();
        await Expect(page.Locator("#import-section")).ToBeHiddenAsync();
        await Expect(page.Locator("#print-button")).ToBeHiddenAsync();
        await Expect(card).ToBeVisibleAsync();
        await PageChecks.Screenshot(page, "setup-print-sheet");

        var href = await card.Locator(".lead-link").GetAttributeAsync("href");
        var lead = await context.NewPageAsync();
        await lead.GotoAsync(href!);
        await Expect(lead.Locator("#mission-title")).ToHaveTextAsync("Produire une plaquette commerciale");
    }

    [Fact]
    public async Task Setup_ImportErrorsFollowThePageLanguage_AndThePrintedSheetNamesItsEditionWithoutAnEmptyHeading()
    {
        var editionId = ApiCalls.NewId("sheet");
        using (var admin = fixture.Server.Client())
        {
            await ApiCalls.CreateEdition(admin, editionId);
            await ApiCalls.CreateMission(admin, editionId, "plaquette");
        }

        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/setup/{editionId}#token={OrchestratorServer.AdminToken}");
        await page.GetByLabel("Ou coller le tableau").FillAsync(string.Join("\n",
            Header,
            "vente-espaces;Vendre des espaces publicitaires;le-drenche;Le Drenche;Germain;Amélie Martin;DXC Technology"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prévisualiser" }).ClickAsync();

        var error = page.Locator("#import-errors li[data-line='2']");
        await Expect(error).ToHaveTextAsync("Ligne 2 (—) : Cette ligne a 7 champs alors que l’en-tête en a 8.");
        await PageChecks.AssertAccessible(page);
        await page.Locator("#lang").ClickAsync();
        await Expect(error).ToHaveTextAsync("Line 2 (—): This row has 7 fields where the header has 8.");
        await page.Locator("#lang").ClickAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("#print-edition")).ToBeVisibleAsync();
        await Expect(page.Locator("#print-edition")).ToContainTextAsync("Feuille des liens · Probono Factory 2018");
        await Expect(page.Locator("#viewer-heading")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-mission='plaquette'].link-card")).ToBeVisibleAsync();
        await PageChecks.Screenshot(page, "setup-print-no-viewer-links");
    }
}
