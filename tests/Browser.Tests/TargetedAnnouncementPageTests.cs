using Microsoft.Playwright;
using Orchestrator.Browser.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orchestrator.Browser.Tests;

/// <summary>The desk announces to one team, pinned: only that team's pages show it, a reload keeps it, unpinning takes it off.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TargetedAnnouncementPageTests(BrowserFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task PinnedAnnouncementToOneTeam_ReachesOnlyItsPages_SurvivesAReload_UntilTheDeskUnpinsIt()
    {
        var seed = await Seed.Create(fixture.Server);
        string teamToken;
        using (var admin = fixture.Server.Client())
        {
            teamToken = await admin.IssueTeamToken(seed.EditionId, "plaquette");
        }

        await using var deskContext = await fixture.NewContext();
        await using var teamContext = await fixture.NewContext(Phone);
        await using var otherContext = await fixture.NewContext(Phone);
        var desk = await deskContext.NewPageAsync();
        var team = await teamContext.NewPageAsync();
        var lead = await teamContext.NewPageAsync();
        var other = await otherContext.NewPageAsync();
        await desk.GotoAsync(seed.DeskUrl);
        await team.GotoAsync(seed.TeamPageUrl("plaquette", teamToken));
        await lead.GotoAsync(seed.LeadPageUrl("plaquette"));
        await other.GotoAsync(seed.LeadPageUrl("vente-espaces"));
        foreach (var page in new[] { desk, team, lead, other })
        {
            await Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");
        }

        await Expect(desk.Locator("#announce-form")).ToBeVisibleAsync();
        await desk.GetByLabel("Message").FillAsync("Votre association arrive à 14h en salle 4");
        await desk.GetByLabel("Destinataires").SelectOptionAsync(new SelectOptionValue { Label = "Produire une plaquette commerciale" });
        await desk.GetByLabel("Épingler sur les pages des équipes").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Envoyer l’annonce" }).ClickAsync();

        await Expect(team.Locator("#pinned-list li")).ToContainTextAsync("Votre association arrive à 14h en salle 4");
        await Expect(lead.Locator("#pinned-list li")).ToContainTextAsync("Votre association arrive à 14h en salle 4");
        await Expect(desk.Locator("#pinned-announcements li")).ToContainTextAsync("Produire une plaquette commerciale");

        // Then one to everyone: once the other team has it, the targeted one would have come before it.
        await desk.GetByLabel("Message").FillAsync("Restitutions dans 15 minutes");
        await desk.GetByLabel("Destinataires").SelectOptionAsync(new SelectOptionValue { Label = "Toutes les équipes" });
        await desk.GetByRole(AriaRole.Button, new() { Name = "Envoyer l’annonce" }).ClickAsync();
        await Expect(other.Locator("#announcements li")).ToContainTextAsync("Restitutions dans 15 minutes");
        await Expect(other.Locator("#announcements li")).ToHaveCountAsync(1);
        await Expect(other.Locator("#pinned")).ToBeHiddenAsync();

        await team.ReloadAsync();
        await Expect(team.Locator("#pinned-list li")).ToContainTextAsync("Votre association arrive à 14h en salle 4");
        await PageChecks.AssertAccessible(team);
        await PageChecks.AssertAccessible(desk);
        await PageChecks.Screenshot(team, "team-pinned");

        await desk.Locator("#pinned-announcements [data-action='unpin']").ClickAsync();
        await Expect(team.Locator("#pinned")).ToBeHiddenAsync();
        await Expect(lead.Locator("#pinned")).ToBeHiddenAsync();
        await Expect(desk.Locator("#pinned-empty")).ToBeVisibleAsync();
        await lead.ReloadAsync();
        await Expect(lead.Locator("#mission-title")).ToHaveTextAsync("Produire une plaquette commerciale");
        await Expect(lead.Locator("#live-state")).ToHaveAttributeAsync("data-state", "live");
        await Expect(lead.Locator("#pinned")).ToBeHiddenAsync();
    }
}
