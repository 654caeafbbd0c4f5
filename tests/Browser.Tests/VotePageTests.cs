using System.Net.Http.Json;
using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class VotePageTests(BrowserFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize FullHd = new() { Width = 1920, Height = 1080 };
    private const string MarkupSummary = "<b>gras</b> <img src=x>";

    [Fact]
    public async Task Guest_VotesFromAPhone_BudgetLeftMoves_BallotSaved_SummaryMarkupShownAsText()
    {
        using var admin = fixture.Server.Client();
        var (editionId, proposals) = await VoteCalls.NewVote(admin, workshops: 2, perWorkshop: 2);
        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/workshops/atelier-1/proposals", new { id = "balise", title = "Former les jeunes", summary = MarkupSummary }), 201);
        var guest = (await VoteCalls.Guests(admin, editionId, 1))[0];
        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/open", null), 200);
        await using var context = await fixture.NewContext(Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/vote/{editionId}#token={guest}");
        await Expect(page.Locator("article.proposal")).ToHaveCountAsync(proposals.Count + 1);
        await Expect(page.Locator("#vote-state")).ToHaveTextAsync("Le vote est ouvert");
        var more = page.GetByRole(AriaRole.Button, new() { Name = "Un point de plus pour « Former les jeunes »" });
        for (var i = 0; i < 3; i++)
        {
            await more.ClickAsync();
        }

        await Expect(page.Locator("#vote-left")).ToHaveTextAsync("Il vous reste 7 point(s) sur 10.");
        await Expect(page.Locator("article[data-proposal='balise'] .summary")).ToHaveTextAsync(MarkupSummary);
        Assert.Equal(0, await page.Locator("article[data-proposal='balise'] .summary b, article[data-proposal='balise'] img").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon vote" }).ClickAsync();
        await Expect(page.Locator("#ballot-status")).ToContainTextAsync("Vote enregistré");

        using var phone = fixture.Server.Client(token: null);
        var ballot = await ApiCalls.Json(await VoteCalls.Send(phone, HttpMethod.Get, $"/api/editions/{editionId}/ballots/mine", guest), 200);
        Assert.Equal(("balise", 3), ((string)ballot["allocations"]![0]!["proposalId"]!, (int)ballot["allocations"]![0]!["points"]!));
        Assert.True((await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")) <= Phone.Width);
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "vote-guest");
    }

    /// <summary>Each revealed proposal also goes alone on the stage the mission reveal uses; the stage is held long here so that only the undo can take it off.</summary>
    [Fact]
    public async Task Display_ShowsParticipationWhileOpen_ThenTheCeremony_WinnerLast()
    {
        using var admin = fixture.Server.Client();
        using var phone = fixture.Server.Client(token: null);
        var (editionId, proposals) = await VoteCalls.NewVote(admin, workshops: 2, perWorkshop: 2, revealTop: 2);
        var viewer = (string)(await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/viewer-tokens", null), 201))["token"]!;
        var guests = await VoteCalls.Guests(admin, editionId, 2);
        await using var context = await fixture.NewContext(FullHd);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/display/{editionId}?stage=600#token={viewer}");
        await Expect(page.Locator("#vote-section")).ToBeHiddenAsync();
        var stage = page.Locator("#stage");

        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/open", null), 200);
        await Expect(page.Locator("#vote-participation")).ToHaveTextAsync("0 invité(s) sur 2 ont voté");
        await ApiCalls.Json(await VoteCalls.Cast(phone, editionId, guests[0], [(proposals[3], 6), (proposals[1], 4)], "a"), 200);
        await ApiCalls.Json(await VoteCalls.Cast(phone, editionId, guests[1], [(proposals[3], 2), (proposals[1], 5)], "b"), 200);
        await Expect(page.Locator("#vote-participation")).ToHaveTextAsync("2 invité(s) sur 2 ont voté");
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "display-vote-open");

        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/close", null), 200);
        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/reveal/next", null), 200);
        await Expect(page.Locator(".ceremony li")).ToHaveCountAsync(1);
        await Expect(page.Locator($".ceremony li[data-proposal='{proposals[3]}'] .points")).ToHaveTextAsync("8 points · 2 votant(s)");
        await Expect(page.Locator("#outcomes-section")).ToBeHiddenAsync();
        await Expect(stage.Locator(".stage-title")).ToHaveTextAsync("Proposition 2.2");
        await Expect(stage.Locator(".stage-subtitle")).ToHaveTextAsync("Atelier 2");
        await Expect(stage.Locator(".stage-details")).ToHaveTextAsync("8 points · 2 votant(s)");
        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/reveal/next", null), 200);

        // 8 points against 9, and the winner shows last, on top and biggest.
        await Expect(page.Locator(".ceremony li")).ToHaveCountAsync(2);
        var winner = page.Locator(".ceremony li").First;
        await Expect(winner).ToHaveAttributeAsync("data-proposal", proposals[1]);
        await Expect(winner).ToHaveClassAsync("revealed-now");
        await Expect(winner.Locator(".workshop")).ToHaveTextAsync("Atelier 1");
        await Expect(stage.Locator(".stage-title")).ToHaveTextAsync("Proposition 1.2");
        await Expect(stage.Locator(".stage-card")).ToHaveAttributeAsync("data-tone", "win");
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "display-vote-ceremony");

        // The desk hides the winner again: it leaves the stage, the runner-up stays in the ceremony.
        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/reveal/undo", null), 200);
        await Expect(stage).ToBeHiddenAsync();
        await Expect(page.Locator(".ceremony li")).ToHaveCountAsync(1);
    }

    /// <summary>The desk's side, on the setup page: it closes the vote, sees the whole ranking and exports it with its token.</summary>
    [Fact]
    public async Task Desk_ClosesTheVote_SeesTheRanking_AndExportsItAsCsvAndJson()
    {
        using var admin = fixture.Server.Client();
        using var phone = fixture.Server.Client(token: null);
        var (editionId, proposals) = await VoteCalls.NewVote(admin, workshops: 2, perWorkshop: 2);
        var guests = await VoteCalls.Guests(admin, editionId, 2);
        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/open", null), 200);
        await ApiCalls.Json(await VoteCalls.Cast(phone, editionId, guests[0], [(proposals[2], 7), (proposals[0], 3)], "a"), 200);
        await ApiCalls.Json(await VoteCalls.Cast(phone, editionId, guests[1], [(proposals[2], 4)], "b"), 200);
        await using var context = await fixture.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/setup/{editionId}#token={OrchestratorServer.AdminToken}");
        await Expect(page.Locator("#vote-desk-state")).ToHaveTextAsync("Le vote est ouvert · 2 bulletin(s) · 2 invité(s)");

        await page.Locator("#vote-close").ClickAsync();
        await Expect(page.Locator("#vote-desk-state")).ToContainTextAsync("Le vote est clos");
        await page.Locator("#vote-results").ClickAsync();
        await Expect(page.Locator("#vote-ranking-rows tr")).ToHaveCountAsync(proposals.Count);
        await Expect(page.Locator("#vote-ranking-rows tr").First).ToHaveAttributeAsync("data-proposal", proposals[2]);
        await Expect(page.Locator("#vote-desk-status")).ToHaveTextAsync("Classement sur 2 bulletin(s).");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#vote-export-csv").ClickAsync());
        Assert.Equal($"{editionId}-ranking.csv", csv.SuggestedFilename);
        var rows = (await File.ReadAllLinesAsync((await csv.PathAsync())!)).Where(line => line.Length > 0).ToList();
        Assert.Equal(1 + proposals.Count, rows.Count);
        Assert.Contains(proposals[2], rows[1], StringComparison.Ordinal);
        var json = await page.RunAndWaitForDownloadAsync(() => page.Locator("#vote-export-json").ClickAsync());
        Assert.Equal($"{editionId}-ranking.json", json.SuggestedFilename);
        using var ranking = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync((await json.PathAsync())!));
        Assert.Equal(proposals[2], ranking.RootElement.GetProperty("proposals")[0].GetProperty("proposalId").GetString());
        await PageChecks.AssertAccessible(page);
    }
}
