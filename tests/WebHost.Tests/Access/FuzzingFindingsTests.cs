using System.Net;
using System.Text;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>What a fuzzing client found (issue 11), each pinned by the answer it now gets.</summary>
[Collection(ServerCollection.Name)]
public sealed class FuzzingFindingsTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Theory]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=utf-7")]
    [InlineData("application/json; charset=\"latin1\"")]
    public async Task JsonRoute_CharsetOtherThanUtf8_Is415ProblemJson_Not500(string contentType)
    {
        var world = await AccessWorld.Create(Server);
        var before = await MissionText(world);

        var answer = await Raw(world, "PUT", $"{world.MissionUrl}/milestones/framing", "{\"status\":\"done\"}", ("Content-Type", contentType));

        Assert.Equal(415, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(before, await MissionText(world));
    }

    [Fact]
    public async Task JsonRoute_CharsetUtf8_StillAccepted()
    {
        var world = await AccessWorld.Create(Server);

        var answer = await Raw(world, "PUT", $"{world.MissionUrl}/milestones/framing", "{\"status\":\"done\"}", ("Content-Type", "application/json; charset=UTF-8"));

        Assert.Equal(200, answer.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("    ")]
    public async Task IdempotencyKey_PresentButEmptyOrSpaces_Is400_AndNothingApplies(string key)
    {
        var world = await AccessWorld.Create(Server);
        var before = await MissionText(world);

        var answer = await Raw(world, "POST", $"{world.MissionUrl}/members", "{\"name\":\"Jihane\",\"company\":\"Mazars\"}",
            ("Content-Type", "application/json"), ("Idempotency-Key", key));

        Assert.Equal(400, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(before, await MissionText(world));
    }

    [Fact]
    public async Task IdempotencyKey_Absent_StillApplies()
    {
        var world = await AccessWorld.Create(Server);

        var answer = await Raw(world, "POST", $"{world.MissionUrl}/members", "{\"name\":\"Jihane\",\"company\":\"Mazars\"}", ("Content-Type", "application/json"));

        Assert.Equal(201, answer.Status);
    }

    [Fact]
    public async Task IdempotencyMiddleware_UppercaseApiPath_ReplaysLikeRouting()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        var url = $"/API/editions/{world.EditionId}/announcements";
        HttpRequestMessage Announce() => new(HttpMethod.Post, url)
        {
            Content = new StringContent("{\"message\":\"Pause café\"}", Encoding.UTF8, "application/json"),
            Headers = { { "Idempotency-Key", "upper-case-path" } },
        };

        using var first = await admin.SendAsync(Announce());
        using var retry = await admin.SendAsync(Announce());

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"), "The retry on /API/… ran again instead of being replayed.");
    }

    [Fact]
    public async Task Audit_OfAnEditionThatDoesNotExist_Is404()
    {
        using var admin = Server.Client();

        using var response = await admin.GetAsync($"/api/editions/{ApiCalls.NewId("nowhere")}/audit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("no token", "GET", "/api/editions", null, null, 401)]
    [InlineData("forged token", "GET", "/api/editions", "forged-token", null, 401)]
    [InlineData("text/plain body", "POST", "/api/editions", OrchestratorServer.AdminToken, "text/plain", 415)]
    [InlineData("broken JSON", "POST", "/api/editions", OrchestratorServer.AdminToken, "application/json", 400)]
    [InlineData("invalid fields", "POST", "/api/qr", OrchestratorServer.AdminToken, "application/json", 400)]
    [InlineData("unknown route", "GET", "/api/nothing-here", OrchestratorServer.AdminToken, null, 404)]
    [InlineData("unknown page", "GET", "/control/NOT-A-SLUG", null, null, 404)]
    [InlineData("viewer on an admin route", "POST", "/api/editions", "viewer", "application/json", 403)]
    public async Task Refusal_WithAcceptTextHtml_IsStillProblemJson(string name, string method, string target, string? token, string? contentType, int status)
    {
        var world = await AccessWorld.Create(Server);
        var headers = new List<(string, string)> { ("Accept", "text/html,application/xhtml+xml;q=0.9") };
        if (token is not null)
        {
            headers.Add(("Authorization", $"Bearer {(token == "viewer" ? world.ViewerToken : token)}"));
        }

        if (contentType is not null)
        {
            headers.Add(("Content-Type", contentType));
        }

        var body = contentType is null ? null : target == "/api/qr" ? "{\"text\":\"\"}" : "{";
        var answer = await RawHttp.Send(Server.BaseAddress, method, target, headers.ToDictionary(h => h.Item1, h => h.Item2), body is null ? null : Encoding.UTF8.GetBytes(body));

        Assert.True(answer.Status == status, $"{name}: {answer.Head}");
        Assert.True(answer.ContentType == "application/problem+json", $"{name}: {answer.Head}");
    }

    [Fact]
    public async Task Viewer_BodyOfTheWrongType_OnAnAdminRoute_Gets403_Not415()
    {
        var world = await AccessWorld.Create(Server);
        using var viewer = Server.Client(world.ViewerToken);

        using var response = await viewer.PostAsync($"/api/editions/{world.EditionId}/missions", new StringContent("<mission/>", Encoding.UTF8, "application/xml"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<RawHttp.Answer> Raw(AccessWorld world, string method, string target, string body, params (string Name, string Value)[] headers)
    {
        var all = new Dictionary<string, string> { ["Authorization"] = $"Bearer {world.LeadToken}" };
        foreach (var (name, value) in headers)
        {
            all[name] = value;
        }

        return await RawHttp.Send(Server.BaseAddress, method, target, all, Encoding.UTF8.GetBytes(body));
    }

    private async Task<string> MissionText(AccessWorld world)
    {
        using var admin = Server.Client();
        return await admin.GetStringAsync(world.MissionUrl);
    }
}
