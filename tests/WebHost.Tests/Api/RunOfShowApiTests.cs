using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Api;

/// <summary>The desk's run of show through the API: end the running phase, extend it, start the next by hand.</summary>
[Collection(ServerCollection.Name)]
public sealed class RunOfShowApiTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task Day_SaysTheCurrentPhase_ItsEnd_AndTheServerTime()
    {
        using var admin = Server.Client();
        var day = await RunningDay.Create(admin);

        var schedule = await ApiCalls.Json(await admin.GetAsync(day.DayUrl), 200);

        Assert.Equal("atelier", (string?)schedule["currentPhase"]!["id"]);
        Assert.Equal("current", (string?)schedule["currentPhase"]!["status"]);
        var remaining = EndsAt(schedule) - (DateTimeOffset)schedule["at"]!;
        Assert.InRange(remaining, TimeSpan.FromMinutes(58), TimeSpan.FromMinutes(61));
        Assert.Equal(0, (int)schedule["driftMinutes"]!);
    }

    [Fact]
    public async Task Extend_PushesTheEnd_AndShowsDrift_ThenNext_StartsTheFollowingPhase()
    {
        using var admin = Server.Client();
        var day = await RunningDay.Create(admin);
        var before = EndsAt(await ApiCalls.Json(await admin.GetAsync(day.DayUrl), 200));

        var extended = await ApiCalls.Json(await admin.PostAsJsonAsync($"{day.DayUrl}/phases/current/extend", new { minutes = 10 }), 200);
        Assert.Equal(before + TimeSpan.FromMinutes(10), EndsAt(extended));
        Assert.Equal(10, (int)extended["driftMinutes"]!);

        var next = await ApiCalls.Json(await admin.PostAsync($"{day.DayUrl}/phases/next", null), 200);
        Assert.Equal("restitution", (string?)next["currentPhase"]!["id"]);
        Assert.Equal("done", (string?)next["phases"]![0]!["status"]);
        Assert.True((int)next["driftMinutes"]! < 0, "started early, the day runs ahead of plan");
    }

    [Fact]
    public async Task EndCurrent_LeavesNoPhaseRunning_ThenEndAndExtend_Are409()
    {
        using var admin = Server.Client();
        var day = await RunningDay.Create(admin);

        var ended = await ApiCalls.Json(await admin.PostAsync($"{day.DayUrl}/phases/current/end", null), 200);
        Assert.Null(ended["currentPhase"]);

        await AssertProblem(await admin.PostAsync($"{day.DayUrl}/phases/current/end", null), HttpStatusCode.Conflict);
        await AssertProblem(await admin.PostAsJsonAsync($"{day.DayUrl}/phases/current/extend", new { minutes = 5 }), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"minutes\":0}")]
    [InlineData("{\"minutes\":181}")]
    public async Task Extend_ByNothingOrTooMuch_Is400_AndChangesNothing(string body)
    {
        using var admin = Server.Client();
        var day = await RunningDay.Create(admin);
        var before = EndsAt(await ApiCalls.Json(await admin.GetAsync(day.DayUrl), 200));

        await AssertProblem(
            await admin.PostAsync($"{day.DayUrl}/phases/current/extend", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest);

        Assert.Equal(before, EndsAt(await ApiCalls.Json(await admin.GetAsync(day.DayUrl), 200)));
    }

    [Fact]
    public async Task RunOfShow_OnADayWithoutSchedule_Is409_AndOnADayNotInTheEdition_Is404()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("factory");
        await admin.CreateEdition(editionId);

        await AssertProblem(await admin.PostAsync($"/api/editions/{editionId}/days/2018-11-14/phases/next", null), HttpStatusCode.Conflict);
        await AssertProblem(await admin.PostAsync($"/api/editions/{editionId}/days/2018-11-20/phases/next", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MissionSchedule_GivesATeamLinkTodaysRunOfShow_And204_WhenTodayIsNoEventDay()
    {
        using var admin = Server.Client();
        var day = await RunningDay.Create(admin);
        await admin.CreateMission(day.EditionId, "drenche");
        using var team = Server.Client(await admin.IssueTeamToken(day.EditionId, "drenche"));

        var today = await ApiCalls.Json(await team.GetAsync($"/api/editions/{day.EditionId}/missions/drenche/schedule"), 200);
        Assert.Equal("atelier", (string?)today["currentPhase"]!["id"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.GetAsync(day.DayUrl)).StatusCode);

        var (past, _) = await admin.CreateEditionWithMission();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.GetAsync($"/api/editions/{past}/missions/drenche/schedule")).StatusCode);
    }

    private static DateTimeOffset EndsAt(JsonNode schedule) => (DateTimeOffset)schedule["currentPhase"]!["endsAt"]!;

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await response.Content.ReadAsStringAsync();
    }
}
