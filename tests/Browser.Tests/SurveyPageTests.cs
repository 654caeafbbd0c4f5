using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class SurveyPageTests(BrowserFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Respondent_AnswersFromAPhone_AndCanChangeTheAnswer()
    {
        var seed = await Seed.Create(fixture.Server);
        using var admin = fixture.Server.Client();
        await ApiCalls.Json(await admin.PutAsJsonAsync($"/api/editions/{seed.EditionId}/survey/questions/volunteer", new
        {
            questions = new[] { new { id = "again", kind = "choice", label = "Reviendrez-vous ?", labelEn = "Will you come again?", options = new[] { "Oui", "Non" }, required = true } },
        }), 200);
        var invited = await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{seed.EditionId}/survey/respondents", new { respondents = new[] { new { role = "volunteer", name = "Awa" } } }), 201);
        await using var context = await fixture.NewContext(Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync((string)invited["respondents"]![0]!["link"]!);
        await Expect(page.Locator("#survey-edition")).ToHaveTextAsync("Probono Factory 2018");
        await page.GetByLabel("9", new() { Exact = true }).First.CheckAsync();
        await page.Locator("#satisfaction").GetByLabel("4", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Oui").CheckAsync();
        await page.Locator("#comment").FillAsync("Une super journée, \"vraiment\" <b>utile</b>");
        await Expect(page.Locator("#comment-count")).ToHaveTextAsync("42 / 2000 caractères");
        await PageChecks.Screenshot(page, "survey-phone");
        await page.Locator("#survey-submit").ClickAsync();

        await Expect(page.Locator("#survey-status")).ToContainTextAsync("Merci");
        await Expect(page.Locator("#survey-submit")).ToHaveTextAsync("Mettre à jour ma réponse");
        var summary = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{seed.EditionId}/survey/summary"), 200);
        Assert.Equal((1, 100m), ((int)summary["responded"]!, (decimal)summary["nps"]!));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));

        await page.Locator("#nps").GetByLabel("3", new() { Exact = true }).CheckAsync();
        await page.Locator("#survey-submit").ClickAsync();
        await Expect(page.Locator("#survey-status")).ToContainTextAsync("Merci");
        var mine = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{seed.EditionId}/survey/summary"), 200);
        Assert.Equal((1, -100m), ((int)mine["responded"]!, (decimal)mine["nps"]!));
        var csv = await (await admin.GetAsync($"/api/editions/{seed.EditionId}/survey/responses.csv")).Content.ReadAsStringAsync();
        Assert.Contains("\"Une super journée, \"\"vraiment\"\" <b>utile</b>\"", csv, StringComparison.Ordinal);
        await PageChecks.AssertAccessible(page);
    }

    [Fact]
    public async Task Report_Renders_WithItsCharts_AndPrintsToAnA4Pdf()
    {
        var seed = await Seed.Create(fixture.Server);
        using var admin = fixture.Server.Client();
        foreach (var (mission, name, company) in new[] { ("vente-espaces", "Awa", "BNP Paribas"), ("vente-espaces", "Louis", "Orange"), ("plaquette", "Inès", "Orange") })
        {
            await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{seed.EditionId}/missions/{mission}/members", new { name, company, remote = false }), 201);
        }

        foreach (var milestone in new[] { "framing", "diagnosis", "ideas", "deliverable", "presentation" })
        {
            await seed.SetMilestone(fixture.Server, "plaquette", milestone, "done");
        }

        await ApiCalls.Json(await admin.PutAsJsonAsync($"/api/editions/{seed.EditionId}/impact/settings", new { hourlyValue = 50, currency = "EUR" }), 200);
        var invited = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{seed.EditionId}/survey/respondents/from-edition", null), 201);
        foreach (var (respondent, i) in invited["respondents"]!.AsArray().Select((r, i) => (r!, i)).Take(4))
        {
            using var client = fixture.Server.Client((string)respondent["token"]!);
            await ApiCalls.Json(await client.PutAsJsonAsync($"/api/editions/{seed.EditionId}/survey/responses/mine", new { answers = new { nps = 10 - (2 * i), satisfaction = 5 - i } }), 200);
        }

        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/report/{seed.EditionId}#token={OrchestratorServer.AdminToken}");

        await Expect(page.Locator("body[data-ready='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#edition-title")).ToHaveTextAsync("Probono Factory 2018");
        await Expect(page.Locator("#edition-meta")).ToContainTextAsync("14 novembre 2018");
        await Expect(page.Locator("[data-figure='report.hoursGiven'] dd")).ToHaveTextAsync("54");
        await Expect(page.Locator("[data-figure='report.valueGiven'] dd")).ToContainTextAsync(new Regex("2.700"));
        await Expect(page.Locator("#chart-companies svg rect")).ToHaveCountAsync(2);
        await Expect(page.Locator("#chart-nps svg title")).ToHaveCountAsync(1);
        await Expect(page.Locator("#missions-table tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#across")).ToBeVisibleAsync();
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "report");

        // The desk's export, fetched with the token (a plain link could not carry it) and saved under the edition's name.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[data-csv='impact.csv']").ClickAsync());
        Assert.Equal($"{seed.EditionId}-impact.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("editionId,missionId,title,", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains($"{seed.EditionId},plaquette,", csv, StringComparison.Ordinal);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("#print")).ToBeHiddenAsync();
        await Expect(page.Locator("#desk")).ToBeHiddenAsync();
        var pdf = await PageChecks.Pdf(page, "impact-report");

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(PdfPage().Matches(Encoding.Latin1.GetString(pdf)).Count >= 2, "The report should print on at least two A4 pages (the missions start a page).");
    }

    [Fact]
    public async Task Report_OpenedByAViewer_ShowsTheEditionOnly()
    {
        var seed = await Seed.Create(fixture.Server);
        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/report/{seed.EditionId}#token={seed.ViewerToken}");

        await Expect(page.Locator("body[data-ready='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-figure='report.valueGiven'] dd")).ToHaveTextAsync("Non renseignée");
        await Expect(page.Locator("#across")).ToBeHiddenAsync();
        await Expect(page.Locator("#desk")).ToBeHiddenAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();
}
