using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Survey;

[Collection(ServerCollection.Name)]
public sealed class ImpactApiTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task Impact_CountsHoursAndSurvey_ValueOnlyOnceSet_ForAdminAndViewer()
    {
        using var admin = Server.Client();
        var editionId = await Seed(admin);
        var viewerToken = (string)(await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/viewer-tokens", null), 201))["token"]!;
        using var viewer = Server.Client(viewerToken);

        var before = await ApiCalls.Json(await viewer.GetAsync($"/api/editions/{editionId}/impact"), 200);
        var badCurrency = await admin.PutAsJsonAsync($"/api/editions/{editionId}/impact/settings", new { hourlyValue = 40, currency = "euros" });
        var negative = await admin.PutAsJsonAsync($"/api/editions/{editionId}/impact/settings", new { hourlyValue = -1, currency = "EUR" });
        // A trailing newline once passed "^…$", and a currency without a value was never checked: the
        // report page's number format then threw for every reader.
        var newline = await admin.PutAsJsonAsync($"/api/editions/{editionId}/impact/settings", new { hourlyValue = 40, currency = "EUR\n" });
        var markupWithoutValue = await admin.PutAsJsonAsync($"/api/editions/{editionId}/impact/settings", new { hourlyValue = (decimal?)null, currency = "<b>" });
        var viewerSets = await viewer.PutAsJsonAsync($"/api/editions/{editionId}/impact/settings", new { hourlyValue = 40, currency = "EUR" });
        await ApiCalls.Json(await admin.PutAsJsonAsync($"/api/editions/{editionId}/impact/settings", new { hourlyValue = 40.5, currency = "EUR" }), 200);
        var after = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/impact"), 200);

        Assert.Equal((3, 2, 2, 2, 1, 1), ((int)before["volunteers"]!, (int)before["companies"]!, (int)before["associations"]!, (int)before["missions"]!, (int)before["missionsCompleted"]!, (int)before["deliverables"]!));
        Assert.Equal(18m, (decimal)before["workingHours"]!);
        Assert.Equal(54m, (decimal)before["hoursGiven"]!);
        Assert.False((bool)before["hourlyValueSet"]!);
        Assert.Null(before["hourlyValue"]);
        Assert.Null(before["valueGiven"]);
        Assert.Equal((100m, 50m), ((decimal)before["nps"]!, (decimal)before["responseRate"]!));
        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden],
            new[] { badCurrency, negative, newline, markupWithoutValue, viewerSets }.Select(r => r.StatusCode));
        Assert.Equal(54m * 40.5m, (decimal)after["valueGiven"]!);
        Assert.Equal("EUR", (string?)after["currency"]);
        Assert.Equal("Mazars", (string?)after["byCompany"]![0]!["company"]);
        Assert.Equal((2, 36m), ((int)after["byCompany"]![0]!["volunteers"]!, (decimal)after["byCompany"]![0]!["hours"]!));
    }

    [Fact]
    public async Task ImpactCsv_OneRowPerMission_AndPerCompany_ParsesWithARealParser()
    {
        using var admin = Server.Client();
        var editionId = await Seed(admin);

        var missions = await SurveySheet.Read(await admin.GetAsync($"/api/editions/{editionId}/impact.csv"));
        var companies = await SurveySheet.Read(await admin.GetAsync($"/api/editions/{editionId}/impact-companies.csv"));

        Assert.Equal(["auxilia", "drenche"], missions.Select(r => r["missionId"]));
        Assert.Equal(("2", "36", "yes"), (missions[1]["volunteers"], missions[1]["hours"], missions[1]["completed"]));
        Assert.Equal("EY; Mazars", missions[1]["companies"]);
        Assert.Equal("Plaquette, version \"finale\"", missions[1]["deliverableTitles"]);
        Assert.Equal("", missions[1]["value"]);
        Assert.Equal(["Mazars", "EY"], companies.Select(r => r["company"]));
        Assert.Equal(["2", "1"], companies.Select(r => r["volunteers"]));
    }

    [Fact]
    public async Task EraseMember_AlsoErasesTheRespondentInvitedForThem()
    {
        using var admin = Server.Client();
        var editionId = await Seed(admin);
        var mission = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/missions/drenche"), 200);
        var jihane = mission["members"]!.AsArray().Single(m => (string?)m!["name"] == "Jihane")!;
        var invited = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/survey/respondents/from-edition", null), 201);
        var token = (string)invited["respondents"]!.AsArray().Single(r => (string?)r!["name"] == "Jihane")!["token"]!;

        var erased = await admin.DeleteAsync($"/api/editions/{editionId}/missions/drenche/members/{(string)jihane["id"]!}");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        using var respondent = Server.Client(token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await respondent.GetAsync($"/api/editions/{editionId}/survey/responses/mine")).StatusCode);
        var list = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/survey/respondents"), 200);
        Assert.DoesNotContain(list.AsArray(), r => (string?)r!["name"] == "Jihane");
    }

    [Fact]
    public async Task AcrossEditions_AnAssociationsHistory_AndATerritorysEditionsSideBySide()
    {
        using var admin = Server.Client();
        var associationId = ApiCalls.NewId("asso");
        var territory = $"Lyon {Guid.NewGuid():n}";
        var first = await EditionIn(admin, territory, "2018-11-14");
        var second = await EditionIn(admin, territory, "2019-11-20");
        var elsewhere = await EditionIn(admin, $"Lille {Guid.NewGuid():n}", "2019-05-01");
        foreach (var (edition, missionId) in new[] { (second, "plaquette"), (first, "strategie"), (elsewhere, "site") })
        {
            await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{edition}/missions", ApiCalls.Mission(missionId, associationId)), 201);
        }

        var history = await ApiCalls.Json(await admin.GetAsync($"/api/associations/{associationId}/history"), 200);
        var side = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{second}/impact/territory"), 200);

        Assert.Equal([first, elsewhere, second], history["missions"]!.AsArray().Select(m => (string)m!["editionId"]!));
        Assert.Equal(["strategie", "site", "plaquette"], history["missions"]!.AsArray().Select(m => (string)m!["missionId"]!));
        Assert.Equal(territory, (string?)side["territory"]);
        Assert.Equal([first, second], side["editions"]!.AsArray().Select(e => (string)e!["editionId"]!));
        Assert.Equal(1, (int)side["editions"]![0]!["missions"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/associations/{ApiCalls.NewId("nobody")}/history")).StatusCode);
    }

    private static async Task<string> EditionIn(HttpClient admin, string territory, string date)
    {
        var id = ApiCalls.NewId("terr");
        await ApiCalls.Json(await admin.PostAsJsonAsync("/api/editions", new
        {
            id,
            title = $"Factory {date[..4]}",
            territory,
            format = "factory",
            timezone = "Europe/Paris",
            days = new[] { new { date, label = "Jour 1" } },
        }), 201);
        return id;
    }

    /// <summary>Two missions, three volunteers (Mazars ×2, EY), one mission completed with a deliverable; a company survey half answered.</summary>
    private async Task<string> Seed(HttpClient admin)
    {
        var editionId = ApiCalls.NewId("impact");
        await ApiCalls.CreateEdition(admin, editionId);
        await ApiCalls.CreateMission(admin, editionId, "drenche");
        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions", ApiCalls.Mission("auxilia", "auxilia")), 201);
        var drenche = $"/api/editions/{editionId}/missions/drenche";
        foreach (var (name, company) in new[] { ("Jihane", "Mazars"), ("Paul", "EY") })
        {
            await ApiCalls.Json(await admin.PostAsJsonAsync($"{drenche}/members", new { name, company, remote = false }), 201);
        }

        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions/auxilia/members", new { name = "Léa", company = "mazars", remote = false }), 201);
        var milestones = (await ApiCalls.Json(await admin.GetAsync(drenche), 200))["milestones"]!.AsArray().Select(m => (string)m!["id"]!).ToList();
        foreach (var milestone in milestones)
        {
            await ApiCalls.Json(await admin.PutAsJsonAsync($"{drenche}/milestones/{milestone}", new { status = "done" }), 200);
        }

        await ApiCalls.Json(await admin.PostAsJsonAsync($"{drenche}/deliverables", new { title = "Plaquette, version \"finale\"" }), 201);
        var invited = await SurveyCalls.Invite(admin, editionId, "company:Mazars", "company:EY");
        using var mazars = Server.Client((string)invited[0]!["token"]!);
        await ApiCalls.Json(await SurveyCalls.Answer(mazars, editionId, 9, 4), 200);
        return editionId;
    }
}
