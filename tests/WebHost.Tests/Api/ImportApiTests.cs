using System.Net;
using System.Text;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class ImportApiTests(ServerFixture fixture)
{
    private const string Header = "missionId;missionTitle;associationId;associationName;leadName;volunteerName;company;remote";

    private OrchestratorServer Server => fixture.Server;

    internal static HttpContent Csv(params string[] rows) => new StringContent(string.Join("\n", [Header, .. rows]), Encoding.UTF8, "text/csv");

    [Fact]
    public async Task DryRun_AnswersThePreview_AndWritesNothing()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("import");
        await ApiCalls.CreateEdition(admin, editionId);
        var before = await admin.GetStringAsync($"/api/editions/{editionId}");

        var preview = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/import?dryRun=true", Csv(
            "drenche;Démarche commerciale;le-drenche;Le Drenche;Germain;Amélie Martin;DXC Technology;non",
            "drenche;Démarche commerciale;le-drenche;Le Drenche;Germain;Jihane;Mazars;oui",
            "auxilia;Plaquette;auxilia;Auxilia;Pauline;;;",
            "BAD;Plaquette;auxilia;Auxilia;Pauline;;;")), 200);

        Assert.True((bool)preview["dryRun"]!);
        Assert.Equal(2, (int)preview["counts"]!["missions"]!);
        Assert.Equal(2, (int)preview["counts"]!["associations"]!);
        Assert.Equal(2, (int)preview["counts"]!["volunteers"]!);
        Assert.Equal(5, (int)preview["errors"]![0]!["line"]!);
        Assert.Null(preview["missions"]![0]!["leadToken"]);
        Assert.Equal(before, await admin.GetStringAsync($"/api/editions/{editionId}"));
    }

    [Fact]
    public async Task ImportWithAnyBadLine_Is400WithLineErrors_AndImportsNothing()
    {
        using var admin = Server.Client();
        var (editionId, _) = await admin.CreateEditionWithMission("existing");
        var before = await admin.GetStringAsync($"/api/editions/{editionId}");

        var response = await admin.PostAsync($"/api/editions/{editionId}/import?dryRun=false", Csv(
            "drenche;Démarche commerciale;le-drenche;Le Drenche;Germain;Amélie Martin;DXC Technology;non",
            "auxilia;Plaquette;auxilia;Auxilia;<b>Pauline</b>;;;",
            "existing;Déjà là;le-drenche;Le Drenche;Germain;;;"));
        var problem = await ApiCalls.Json(response, 400);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem["errors"]!["line 3"]);
        Assert.NotNull(problem["errors"]!["line 4"]);
        Assert.Equal([3, 4], problem["lines"]!.AsArray().Select(l => (int)l!["line"]!));
        Assert.Equal(before, await admin.GetStringAsync($"/api/editions/{editionId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/editions/{editionId}/missions/drenche")).StatusCode);
    }

    [Fact]
    public async Task CleanImport_CreatesMissionsAndMembers_AndAnswersWorkingLeadTokens()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("import");
        await ApiCalls.CreateEdition(admin, editionId);

        var result = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/import", Csv(
            "drenche;Démarche commerciale;le-drenche;Le Drenche;Germain;Amélie Martin;DXC Technology;non",
            "drenche;Démarche commerciale;le-drenche;Le Drenche;Germain;Jihane;Mazars;oui",
            "auxilia;Plaquette;auxilia;Auxilia;Pauline;;;")), 201);

        Assert.False((bool)result["dryRun"]!);
        Assert.Empty(result["errors"]!.AsArray());
        var edition = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200);
        Assert.Equal(2, (int)edition["counters"]!["missions"]!);
        Assert.Equal(2, (int)edition["counters"]!["volunteers"]!);
        var drenche = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/missions/drenche"), 200);
        Assert.Equal(["Amélie Martin", "Jihane"], drenche["members"]!.AsArray().Select(m => (string)m!["name"]!));
        Assert.Equal("Germain", (string)drenche["lead"]!["name"]!);

        var leadToken = (string)result["missions"]!.AsArray().Single(m => (string)m!["id"]! == "auxilia")!["leadToken"]!;
        using var lead = Server.Client(leadToken);
        var moved = await lead.PutAsync($"/api/editions/{editionId}/missions/auxilia/milestones/framing", JsonBody("{\"status\":\"in-progress\"}"));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var refused = await lead.PutAsync($"/api/editions/{editionId}/missions/drenche/milestones/framing", JsonBody("{\"status\":\"in-progress\"}"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var again = await admin.PostAsync($"/api/editions/{editionId}/import", Csv("drenche;Démarche commerciale;le-drenche;Le Drenche;Germain;;;"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task ImportRetriedWithTheSameIdempotencyKey_AppliesOnce_AndNeverReplaysTheLeadTokens()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("import");
        await ApiCalls.CreateEdition(admin, editionId);

        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/editions/{editionId}/import")
            {
                Content = Csv("drenche;Démarche commerciale;le-drenche;Le Drenche;Germain;Jihane;Mazars;oui"),
            };
            request.Headers.Add("Idempotency-Key", "import-once");
            return await admin.SendAsync(request);
        }

        var first = await Send();
        var retry = await Send();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        Assert.DoesNotContain("leadToken", await retry.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var edition = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200);
        Assert.Equal(1, (int)edition["counters"]!["volunteers"]!);
    }

    [Fact]
    public async Task Import_NotCsv_Or_UnknownEdition_Or_BadDryRun_IsRefused()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("import");
        await ApiCalls.CreateEdition(admin, editionId);

        var json = await admin.PostAsync($"/api/editions/{editionId}/import", JsonBody("{}"));
        var unknown = await admin.PostAsync($"/api/editions/{ApiCalls.NewId("nowhere")}/import", Csv("a;A;a;A;A;;;"));
        var dryRun = await admin.PostAsync($"/api/editions/{editionId}/import?dryRun=maybe", Csv("a;A;a;A;A;;;"));
        var latin1 = await admin.PostAsync($"/api/editions/{editionId}/import", new ByteArrayContent(
            Encoding.Latin1.GetBytes($"{Header}\na;Démarche;a;A;A;;;")) { Headers = { { "Content-Type", "text/csv" } } });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, dryRun.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, latin1.StatusCode);
    }

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");
}
