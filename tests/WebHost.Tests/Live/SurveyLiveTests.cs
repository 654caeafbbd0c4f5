using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

[Collection(LiveCollection.Name)]
public sealed class SurveyLiveTests(LiveServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task Answer_ReachesTheEditionsScreens_AsCountsOnly_WithTheNextVersion()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("drenche");
        var viewerToken = await admin.IssueViewerToken(editionId);
        var invited = await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/survey/respondents", new { respondents = new[] { new { role = "volunteer", name = "Jihane Secret" }, new { role = "company", name = "Mazars" } } }),
            201);
        await using var screen = await LiveScreen.Connect(Server, viewerToken);
        var snapshot = await screen.JoinEdition(editionId);
        using var respondent = Server.Client((string)invited["respondents"]![0]!["token"]!);

        var answered = await respondent.PutAsJsonAsync(
            $"/api/editions/{editionId}/survey/responses/mine", new { answers = new { nps = 10, satisfaction = 5, comment = "Commentaire très personnel" } });

        answered.EnsureSuccessStatusCode();
        var e = await screen.Next();
        Assert.Equal("SurveyChanged", e.Name);
        Assert.Equal(snapshot.GetProperty("version").GetInt64() + 1, e.Version);
        Assert.Equal((2, 1), (e.Payload.GetProperty("invited").GetInt32(), e.Payload.GetProperty("responded").GetInt32()));
        Assert.Equal(100m, e.Payload.GetProperty("byRole").GetProperty("volunteer").GetProperty("nps").GetDecimal());
        Assert.Equal(0, e.Payload.GetProperty("byRole").GetProperty("company").GetProperty("responded").GetInt32());
        var raw = e.Payload.GetRawText();
        Assert.DoesNotContain("Jihane", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("personnel", raw, StringComparison.Ordinal);
    }

    /// <summary>
    /// A team lead's page watches the edition but may read neither the survey's summary nor the impact: it
    /// hears the survey's change with its version (no gap, no resync) and status, and no count. Before, it
    /// heard the desk's counts and NPS by role.
    /// </summary>
    [Fact]
    public async Task Answer_ReachesALeadsEditionScreen_WithItsVersionAndStatusOnly_TheDeskGetsTheCounts()
    {
        using var admin = Server.Client();
        var (editionId, mission) = await admin.CreateEditionWithMission("drenche");
        var invited = await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/survey/respondents", new { respondents = new[] { new { role = "association" } } }),
            201);
        await using var desk = await LiveScreen.Connect(Server);
        await using var lead = await LiveScreen.Connect(Server, (string)mission["leadToken"]!);
        var version = (await desk.JoinEdition(editionId)).GetProperty("version").GetInt64();
        Assert.Equal(version, (await lead.JoinEdition(editionId)).GetProperty("version").GetInt64());
        using var respondent = Server.Client((string)invited["respondents"]![0]!["token"]!);

        (await respondent.PutAsJsonAsync($"/api/editions/{editionId}/survey/responses/mine", new { answers = new { nps = 3, satisfaction = 2 } })).EnsureSuccessStatusCode();
        using var leadClient = Server.Client((string)mission["leadToken"]!);
        await leadClient.SetMilestone(editionId, "drenche", "framing", "in-progress");

        var heard = await lead.Until(version + 2);
        var survey = Assert.Single(heard, e => e.Name == "SurveyChanged");
        Assert.Equal(version + 1, survey.Version);
        Assert.Equal(
            ["editionId", "status", "version"],
            survey.Payload.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains(heard, e => e.Name == "MissionChanged" && e.Version == version + 2);

        var deskSurvey = Assert.Single(await desk.Until(version + 2), e => e.Name == "SurveyChanged");
        Assert.Equal((1, -100m), (deskSurvey.Payload.GetProperty("responded").GetInt32(), deskSurvey.Payload.GetProperty("nps").GetDecimal()));
    }
}
