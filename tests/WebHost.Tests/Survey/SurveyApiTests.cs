using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Survey;

[Collection(ServerCollection.Name)]
public sealed class SurveyApiTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task Invite_Answer_AnswerAgain_Replaces_AndTheSummaryEqualsOurOwnComputation()
    {
        using var admin = Server.Client();
        var editionId = await NewEdition(admin);
        var invited = await SurveyCalls.Invite(admin, editionId, "volunteer:Jihane", "volunteer:Paul", "volunteer", "volunteer", "association:Le Drenche", "association", "company:Mazars");
        Assert.All(invited, r => Assert.StartsWith($"/survey/{editionId}#token=", (string)r!["link"]!, StringComparison.Ordinal));
        (string Role, int Nps, int Satisfaction)[] answers =
        [
            ("volunteer", 10, 5), ("volunteer", 6, 3), ("volunteer", 9, 4), ("association", 7, 4), ("company", 4, 2),
        ];
        var respondents = invited.Take(3).Append(invited[4]).Append(invited[6]).ToList();
        using (var paul = Server.Client((string)invited[1]!["token"]!))
        {
            await ApiCalls.Json(await SurveyCalls.Answer(paul, editionId, 0, 1, "Première impression"), 200);
        }

        foreach (var (respondent, answer) in respondents.Zip(answers))
        {
            using var client = Server.Client((string)respondent!["token"]!);
            var form = await ApiCalls.Json(await SurveyCalls.Answer(client, editionId, answer.Nps, answer.Satisfaction), 200);
            Assert.Equal(answer.Nps, (int?)form["answers"]!["nps"]);
        }

        var summary = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/survey/summary"), 200);

        Assert.Equal(7, (int?)summary["invited"]);
        Assert.Equal(5, (int?)summary["responded"]);
        Assert.Equal(Nps(answers.Select(a => a.Nps)), (decimal?)summary["nps"]);
        foreach (var role in new[] { "volunteer", "association", "company" })
        {
            var mine = answers.Where(a => a.Role == role).ToList();
            var byRole = summary["byRole"]![role]!;
            Assert.Equal(invited.Count(r => (string?)r!["role"] == role), (int?)byRole["invited"]);
            Assert.Equal(mine.Count, (int?)byRole["responded"]);
            Assert.Equal(Nps(mine.Select(a => a.Nps)), (decimal?)byRole["nps"]);
            Assert.Equal(Math.Round(mine.Average(a => (decimal)a.Satisfaction), 1, MidpointRounding.AwayFromZero), (decimal?)byRole["satisfaction"]);
            Assert.Equal(mine.Count(a => a.Nps >= 9), (int?)byRole["promoters"]);
            Assert.Equal(mine.Count(a => a.Nps <= 6), (int?)byRole["detractors"]);
        }

        using var again = Server.Client((string)invited[1]!["token"]!);
        var paulNow = await ApiCalls.Json(await again.GetAsync($"/api/editions/{editionId}/survey/responses/mine"), 200);
        Assert.Equal(6, (int?)paulNow["answers"]!["nps"]);
        Assert.Null((string?)paulNow["answers"]!["comment"]);
    }

    [Fact]
    public async Task BadAnswers_Are400ProblemJson_AndChangeNothing()
    {
        using var admin = Server.Client();
        var editionId = await NewEdition(admin);
        var invited = await SurveyCalls.Invite(admin, editionId, "volunteer");
        using var respondent = Server.Client((string)invited[0]!["token"]!);
        await ApiCalls.Json(await SurveyCalls.Answer(respondent, editionId, 8, 4, "Bien"), 200);
        var before = await ApiCalls.Json(await respondent.GetAsync($"/api/editions/{editionId}/survey/responses/mine"), 200);

        HttpResponseMessage[] refused =
        [
            await SurveyCalls.Answer(respondent, editionId, 11, 4),
            await SurveyCalls.Answer(respondent, editionId, -1, 4),
            await SurveyCalls.Answer(respondent, editionId, 9, 0),
            await SurveyCalls.Answer(respondent, editionId, 9, 6),
            await SurveyCalls.Answer(respondent, editionId, 9, 4, new string('x', 2001)),
            await SurveyCalls.Answer(respondent, editionId, 9, 4, null, new { unknown = "1" }),
            await respondent.PutAsJsonAsync($"/api/editions/{editionId}/survey/responses/mine", new { answers = new { satisfaction = 4 } }),
            await respondent.PutAsJsonAsync($"/api/editions/{editionId}/survey/responses/mine", new { }),
        ];

        Assert.All(refused, r => Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (r.StatusCode, r.Content.Headers.ContentType?.MediaType)));
        var after = await ApiCalls.Json(await respondent.GetAsync($"/api/editions/{editionId}/survey/responses/mine"), 200);
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
        var summary = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/survey/summary"), 200);
        Assert.Equal(0m, (decimal?)summary["nps"]); // the one answer, an 8
        Assert.Equal(2000, (await ApiCalls.Json(await SurveyCalls.Answer(respondent, editionId, 9, 4, new string('x', 2000)), 200))["answers"]!["comment"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task RespondentToken_AnswersItsOwnSurvey_AndNothingElse()
    {
        using var admin = Server.Client();
        var editionId = await NewEdition(admin);
        var otherEditionId = await NewEdition(admin);
        var invited = await SurveyCalls.Invite(admin, editionId, "company:Mazars");
        using var respondent = Server.Client((string)invited[0]!["token"]!);

        var form = await ApiCalls.Json(await respondent.GetAsync($"/api/editions/{editionId}/survey/responses/mine"), 200);

        Assert.Equal(("company", "open", "Probono Factory 2018"), ((string?)form["role"], (string?)form["status"], (string?)form["editionTitle"]));
        Assert.Null(form["answers"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await respondent.GetAsync($"/api/editions/{editionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await respondent.GetAsync($"/api/editions/{editionId}/survey/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await respondent.GetAsync($"/api/editions/{editionId}/impact")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SurveyCalls.Answer(respondent, otherEditionId, 9, 5)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SurveyCalls.Answer(admin, editionId, 9, 5)).StatusCode);
    }

    [Fact]
    public async Task Closed_Survey_Refuses_Answers_409_UntilOpenedAgain()
    {
        using var admin = Server.Client();
        var editionId = await NewEdition(admin);
        var invited = await SurveyCalls.Invite(admin, editionId, "association");
        using var respondent = Server.Client((string)invited[0]!["token"]!);
        await ApiCalls.Json(await SurveyCalls.Answer(respondent, editionId, 9, 5), 200);

        var closed = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/survey/close", null), 200);
        var late = await SurveyCalls.Answer(respondent, editionId, 2, 1);
        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/survey/open", null), 200);
        var reopened = await SurveyCalls.Answer(respondent, editionId, 7, 3);

        Assert.Equal("closed", (string?)closed["status"]);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
    }

    [Fact]
    public async Task FromEdition_InvitesEveryMemberAssociationAndCompany_Once()
    {
        using var admin = Server.Client();
        var editionId = await NewEdition(admin);
        await ApiCalls.CreateMission(admin, editionId, "drenche");
        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions", ApiCalls.Mission("auxilia", "auxilia")), 201);
        await AddMember(admin, editionId, "drenche", "Jihane", "Mazars");
        await AddMember(admin, editionId, "drenche", "Paul", "EY");
        await AddMember(admin, editionId, "auxilia", "Léa", "mazars");

        var first = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/survey/respondents/from-edition", null), 201);
        await AddMember(admin, editionId, "auxilia", "Nora", "Thales");
        var second = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/survey/respondents/from-edition", null), 201);

        var roles = first["respondents"]!.AsArray().GroupBy(r => (string)r!["role"]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["volunteer"] = 3, ["association"] = 2, ["company"] = 2 }, roles);
        Assert.Equal(["Nora", "Thales"], second["respondents"]!.AsArray().Select(r => (string)r!["name"]!));
        var summary = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/survey/summary"), 200);
        Assert.Equal(9, (int?)summary["invited"]);
    }

    [Fact]
    public async Task AddedQuestions_AreAskedOfTheirRole_AndCheckedOnAnswer()
    {
        using var admin = Server.Client();
        var editionId = await NewEdition(admin);
        var questions = new
        {
            questions = new object[]
            {
                new { id = "reuse", kind = "scale", label = "Utiliserez-vous le livrable ?", labelEn = "Will you use the deliverable?", min = 1, max = 4, required = true },
                new { id = "format", kind = "choice", label = "Format préféré", options = new[] { "1 jour", "2 jours" } },
            },
        };
        await ApiCalls.Json(await admin.PutAsJsonAsync($"/api/editions/{editionId}/survey/questions/association", questions), 200);
        var badQuestion = await admin.PutAsJsonAsync($"/api/editions/{editionId}/survey/questions/volunteer", new { questions = new[] { new { id = "x", kind = "choice", label = "?", options = new[] { "seul" } } } });
        var invited = await SurveyCalls.Invite(admin, editionId, "association", "volunteer");
        using var association = Server.Client((string)invited[0]!["token"]!);
        using var volunteer = Server.Client((string)invited[1]!["token"]!);

        var form = await ApiCalls.Json(await association.GetAsync($"/api/editions/{editionId}/survey/responses/mine"), 200);
        var volunteerForm = await ApiCalls.Json(await volunteer.GetAsync($"/api/editions/{editionId}/survey/responses/mine"), 200);
        var missing = await SurveyCalls.Answer(association, editionId, 9, 5);
        var outOfScale = await SurveyCalls.Answer(association, editionId, 9, 5, null, new { reuse = 5 });
        var answered = await ApiCalls.Json(await SurveyCalls.Answer(association, editionId, 9, 5, null, new { reuse = 4, format = "2 jours" }), 200);

        Assert.Equal(HttpStatusCode.BadRequest, badQuestion.StatusCode);
        Assert.Equal(["reuse", "format"], form["questions"]!.AsArray().Select(q => (string)q!["id"]!));
        Assert.Empty(volunteerForm["questions"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outOfScale.StatusCode);
        Assert.Equal(("4", "2 jours"), ((string?)answered["answers"]!["extra"]!["reuse"], (string?)answered["answers"]!["extra"]!["format"]));
    }

    [Fact]
    public async Task ResponsesCsv_ParsesWithARealParser_CommentsVerbatim_FormulasDefused()
    {
        using var admin = Server.Client();
        var editionId = await NewEdition(admin);
        var invited = await SurveyCalls.Invite(admin, editionId, "volunteer:Jihane \"JJ\" Martin", "association:Le Drenche", "company:=HYPERLINK(\"x\")", "volunteer");
        string[] comments =
        [
            "Génial, vraiment : \"on reviendra\", promis;\nligne 2\r\nligne 3 <script>alert(1)</script> & <b>gras</b>",
            "=SUM(A1:A9)",
            "-2+3 et @cmd",
            "  espaces autour  ",
        ];
        foreach (var (respondent, i) in invited.Select((r, i) => (r, i)))
        {
            using var client = Server.Client((string)respondent!["token"]!);
            await ApiCalls.Json(await SurveyCalls.Answer(client, editionId, 10 - i, 5 - i, comments[i]), 200);
        }

        var rows = await SurveySheet.Read(await admin.GetAsync($"/api/editions/{editionId}/survey/responses.csv"));

        Assert.Equal(4, rows.Count);
        Assert.Equal(comments[0], rows[0]["comment"]);
        Assert.Equal("Jihane \"JJ\" Martin", rows[0]["name"]);
        Assert.Equal("'=SUM(A1:A9)", rows[1]["comment"]);
        Assert.Equal("'=HYPERLINK(\"x\")", rows[2]["name"]);
        Assert.Equal("'-2+3 et @cmd", rows[2]["comment"]);
        Assert.Equal(comments[3], rows[3]["comment"]);
        Assert.Equal(["10", "9", "8", "7"], rows.Select(r => r["nps"]));
        Assert.Equal(["volunteer", "association", "company", "volunteer"], rows.Select(r => r["role"]));
    }

    [Fact]
    public async Task EraseRespondent_RemovesNameAndAnswer_AndRevokesTheLink()
    {
        using var admin = Server.Client();
        var editionId = await NewEdition(admin);
        var invited = await SurveyCalls.Invite(admin, editionId, "volunteer:Jihane", "volunteer:Paul");
        using var jihane = Server.Client((string)invited[0]!["token"]!);
        await ApiCalls.Json(await SurveyCalls.Answer(jihane, editionId, 3, 2, "Signé Jihane"), 200);

        var erased = await admin.DeleteAsync($"/api/editions/{editionId}/survey/respondents/{(string)invited[0]!["respondentId"]!}");
        var again = await admin.DeleteAsync($"/api/editions/{editionId}/survey/respondents/{(string)invited[0]!["respondentId"]!}");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (erased.StatusCode, again.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, (await jihane.GetAsync($"/api/editions/{editionId}/survey/responses/mine")).StatusCode);
        var list = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/survey/respondents"), 200);
        Assert.Equal(["Paul"], list.AsArray().Select(r => (string)r!["name"]!));
        var csv = await (await admin.GetAsync($"/api/editions/{editionId}/survey/responses.csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Jihane", csv, StringComparison.Ordinal);
        Assert.Equal(0, (int?)(await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/survey/summary"), 200))["responded"]);
    }

    [Fact]
    public async Task Invite_BadRespondents_Are400_AndInviteNobody()
    {
        using var admin = Server.Client();
        var editionId = await NewEdition(admin);

        var badRole = await admin.PostAsJsonAsync($"/api/editions/{editionId}/survey/respondents", new { respondents = new[] { new { role = "volunteer" }, new { role = "guest" } } });
        var markup = await admin.PostAsJsonAsync($"/api/editions/{editionId}/survey/respondents", new { respondents = new[] { new { role = "company", name = "<img src=x>" } } });
        var none = await admin.PostAsJsonAsync($"/api/editions/{editionId}/survey/respondents", new { respondents = Array.Empty<object>() });
        var unknownEdition = await admin.PostAsJsonAsync($"/api/editions/{ApiCalls.NewId("nowhere")}/survey/respondents", new { respondents = new[] { new { role = "company" } } });

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound], new[] { badRole, markup, none, unknownEdition }.Select(r => r.StatusCode));
        Assert.Equal(0, (int?)(await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/survey/summary"), 200))["invited"]);
    }

    /// <summary>NPS computed here independently of the server: % promoters − % detractors, half away from zero.</summary>
    private static decimal? Nps(IEnumerable<int> scores)
    {
        var list = scores.ToList();
        return list.Count == 0
            ? null
            : Math.Round(((decimal)list.Count(s => s >= 9) / list.Count * 100) - ((decimal)list.Count(s => s <= 6) / list.Count * 100), 1, MidpointRounding.AwayFromZero);
    }

    private static async Task AddMember(HttpClient admin, string editionId, string missionId, string name, string company) =>
        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions/{missionId}/members", new { name, company, remote = false }), 201);

    private static async Task<string> NewEdition(HttpClient admin)
    {
        var id = ApiCalls.NewId("survey");
        await ApiCalls.CreateEdition(admin, id);
        return id;
    }
}
