using System.Net.Http.Json;
using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

/// <summary>
/// The pages in their rooms, at 1920×1080: the control room on a wall (every mission at once, read from
/// 5 m), the closing display (titles at 4 % of the height, paging by itself, the reveal on stage) and
/// the run of show's countdown.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoomsTests(BrowserFixture fixture)
{
    private static readonly ViewportSize FullHd = new() { Width = 1920, Height = 1080 };

    // Visible (not hidden by the pager or the stage), inside the viewport, and at least 4 % of its height.
    private const string ReadableTitle = """
        ([selector, minShare]) => {
          const node = document.querySelector(selector);
          if (!node || node.closest('[hidden]')) return false;
          const box = node.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(node).fontSize);
          return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth
            && size >= minShare * innerHeight;
        }
        """;

    /// <summary>
    /// How many shown rows of the tiles are cut off: wider than their tile (not those that end in an ellipsis
    /// on purpose), or reaching below its bottom.
    /// </summary>
    private const string CutRows = """
        () => [...document.querySelectorAll('#missions .mission-card')].flatMap(card => {
          const bottom = card.getBoundingClientRect().bottom;
          return [...card.querySelectorAll('.meta')].filter(row => row.offsetParent !== null && (
            (getComputedStyle(row).textOverflow !== 'ellipsis' && row.scrollWidth > row.clientWidth + 1)
            || row.getBoundingClientRect().bottom > bottom + 0.5));
        }).length
        """;

    [Fact]
    public async Task ControlRoomWall_22Missions_EveryTitleInsideTheViewport_AndTheCountdownMoves()
    {
        var room = await FactoryRoom.Create(fixture.Server);
        await using var context = await fixture.NewContext(FullHd);
        var page = await context.NewPageAsync();
        await page.GotoAsync(room.ControlWallUrl);
        await Expect(page.Locator("#missions > li")).ToHaveCountAsync(22);
        await Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("wall"));

        foreach (var (id, _) in room.Missions)
        {
            await page.WaitForFunctionAsync(ReadableTitle, new object[] { $"[data-mission='{id}'] h3", 0.0 });
        }

        Assert.Equal("1", await page.Locator("#missions").GetAttributeAsync("data-pages"));
        await Expect(page.Locator("#missions-pager")).ToBeHiddenAsync();

        // Nothing in a tile's rows is cut off (next to the health badge, the last update's age once was).
        await Expect(page.Locator("#missions .mission-card .updated-short").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>(CutRows));
        await Expect(page.Locator("#run-of-show .phase-label")).ToHaveTextAsync("Atelier");
        var countdown = page.Locator("#run-of-show .countdown");
        var first = await countdown.TextContentAsync();
        Assert.Matches(@"^\d+:\d{2}(:\d{2})?$", first);
        await Expect(countdown).Not.ToHaveTextAsync(first!);
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "control-room-wall", fullPage: false);
    }

    [Fact]
    public async Task ControlRoomWall_NewHelpRequest_PulsesItsTile_AndSortsItAmongTheUrgent()
    {
        var seed = await Seed.Create(fixture.Server);
        await seed.SetMilestone(fixture.Server, "plaquette", "framing", "blocked", "En attente des chiffres");
        await using var context = await fixture.NewContext(FullHd);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/control/{seed.EditionId}?wall=1#token={seed.ViewerToken}");
        await Expect(page.Locator("#missions > li").First).ToHaveAttributeAsync("data-mission", "plaquette");
        await Expect(page.Locator("#sound-toggle")).ToHaveAttributeAsync("aria-pressed", "false");

        using (var lead = fixture.Server.Client(seed.LeadTokens["vente-espaces"]))
        {
            await ApiCalls.Json(await lead.PostAsJsonAsync(
                $"/api/editions/{seed.EditionId}/missions/vente-espaces/help-requests", new { skill = "finance", message = "Besoin d'un expert" }), 201);
        }

        var tile = page.Locator("[data-mission='vente-espaces']");
        await Expect(tile).ToHaveAttributeAsync("data-pulse", "");
        await Expect(page.Locator("#missions > li").Nth(1)).ToHaveAttributeAsync("data-mission", "vente-espaces");
        await Expect(tile.Locator(".help")).ToHaveTextAsync("1 demande(s) d’aide ouverte(s)");
    }

    [Fact]
    public async Task Display_22Missions_EveryTitleAppearsAtFourPercentOfTheHeight_WithinAMinute()
    {
        var room = await FactoryRoom.Create(fixture.Server);
        await using var context = await fixture.NewContext(FullHd);
        var page = await context.NewPageAsync();
        await page.GotoAsync(room.DisplayUrl(pageSeconds: 2));
        await Expect(page.Locator(".outcomes li")).ToHaveCountAsync(22);
        await Expect(page.Locator("#outcomes-pager")).ToBeVisibleAsync();
        await Expect(page.Locator("#run-of-show .phase-label")).ToHaveTextAsync("Atelier");

        var deadline = new PageWaitForFunctionOptions { Timeout = 60_000 };
        foreach (var (id, _) in room.Missions)
        {
            await page.WaitForFunctionAsync(ReadableTitle, new object[] { $"li[data-mission='{id}'] .title", 0.04 }, deadline);
        }

        Assert.True(int.Parse(await page.Locator("#outcomes").GetAttributeAsync("data-pages") ?? "0") > 1);
        await PageChecks.AssertAccessible(page);
        await PageChecks.Screenshot(page, "display-wall", fullPage: false);
    }

    [Fact]
    public async Task Display_Reveal_PutsTheMissionAloneOnStage_ThenBackToTheWall()
    {
        var seed = await Seed.Create(fixture.Server);
        using var admin = fixture.Server.Client();
        await admin.AddMember(seed.EditionId, "plaquette", "Chloé R.", "Thales", remote: false);
        await admin.AddMember(seed.EditionId, "plaquette", "Malik B.", "Mazars", remote: true);
        await ApiCalls.Json(await admin.PostAsJsonAsync(
            $"/api/editions/{seed.EditionId}/missions/plaquette/deliverables", new { title = "Plaquette commerciale 2019" }), 201);
        await using var context = await fixture.NewContext(FullHd);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/display/{seed.EditionId}?stage=12#token={seed.ViewerToken}");
        await Expect(page.Locator(".outcomes li")).ToHaveCountAsync(3);
        await Expect(page.Locator("#stage")).ToBeHiddenAsync();

        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{seed.EditionId}/reveal", new { missionId = "plaquette" }), 200);

        var stage = page.Locator("#stage");
        await Expect(stage).ToBeVisibleAsync();
        var measured = await page.EvaluateAsync<string>(
            "() => { const n = document.querySelector('#stage .stage-title'); const b = n.getBoundingClientRect(); return `${b.top} ${b.left} ${b.bottom} ${b.right} ${getComputedStyle(n).fontSize} ${innerHeight}`; }");
        Assert.True(await page.EvaluateAsync<bool>(ReadableTitle, new object[] { "#stage .stage-title", 0.08 }), measured);
        await Expect(stage.Locator(".stage-title")).ToHaveTextAsync("Produire une plaquette commerciale");
        await Expect(stage.Locator(".stage-subtitle")).ToHaveTextAsync("La Cravate Solidaire");
        await Expect(stage.Locator(".stage-details")).ToContainTextAsync("Mazars · Thales");
        await Expect(stage.Locator(".stage-details")).ToContainTextAsync("Plaquette commerciale 2019");
        await PageChecks.Screenshot(page, "display-stage", fullPage: false);
        await PageChecks.AssertAccessible(page);

        await Expect(stage).ToBeHiddenAsync(new() { Timeout = 40_000 });
        await Expect(page.Locator("li[data-mission='plaquette']")).ToHaveAttributeAsync("data-revealed", "true");
    }

    [Fact]
    public async Task RunOfShow_DeskExtendsThenStartsTheNextPhase_LeadAndTeamPagesFollow()
    {
        var room = await FactoryRoom.Create(fixture.Server, missions: 1);
        var missionId = room.Missions[0].Id;
        string leadToken;
        string teamToken;
        using (var admin = fixture.Server.Client())
        {
            leadToken = (string)(await ApiCalls.Json(await admin.PostAsync($"/api/editions/{room.Day.EditionId}/missions/{missionId}/lead-token", null), 201))["token"]!;
            teamToken = await admin.IssueTeamToken(room.Day.EditionId, missionId);
        }

        await using var context = await fixture.NewContext();
        var desk = await context.NewPageAsync();
        await desk.GotoAsync($"/control/{room.Day.EditionId}?wall=0#token={OrchestratorServer.AdminToken}");
        var lead = await context.NewPageAsync();
        await lead.GotoAsync($"/lead/{room.Day.EditionId}/{missionId}#token={leadToken}");
        var team = await context.NewPageAsync();
        await team.GotoAsync($"/team/{room.Day.EditionId}/{missionId}#token={teamToken}");
        foreach (var page in new[] { lead, team })
        {
            await Expect(page.Locator("#run-of-show .phase-label")).ToHaveTextAsync("Atelier");
            var countdown = page.Locator("#run-of-show .countdown");
            await Expect(countdown).Not.ToHaveTextAsync((await countdown.TextContentAsync())!);
        }

        await desk.GetByRole(AriaRole.Button, new() { Name = "+10 min" }).ClickAsync();
        await Expect(desk.Locator("#run-of-show .drift")).ToHaveTextAsync("décalage +10 min");
        await Expect(lead.Locator("#run-of-show .drift")).ToHaveTextAsync("décalage +10 min");
        await Expect(team.Locator("#run-of-show .drift")).ToHaveTextAsync("décalage +10 min");

        await desk.GetByRole(AriaRole.Button, new() { Name = "Phase suivante" }).ClickAsync();
        await Expect(desk.Locator("#schedule li[data-phase='restitution']")).ToHaveClassAsync("current");
        await Expect(team.Locator("#run-of-show .phase-label")).ToHaveTextAsync("Restitution");
        await Expect(lead.Locator("#run-of-show .phase-label")).ToHaveTextAsync("Restitution");
        await PageChecks.AssertAccessible(desk);
        await PageChecks.AssertAccessible(lead);
        await PageChecks.Screenshot(lead, "lead-run-of-show", fullPage: false);
    }
}
