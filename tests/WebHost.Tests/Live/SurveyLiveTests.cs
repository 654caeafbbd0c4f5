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
}
