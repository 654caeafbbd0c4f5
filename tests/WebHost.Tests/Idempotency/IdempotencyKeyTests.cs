using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Idempotency;

/// <summary>Idempotency-Key on the routes that have no ledger of their own (editions, announcements, tokens).</summary>
[Collection(ServerCollection.Name)]
public sealed class IdempotencyKeyTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    private static HttpRequestMessage Post(string url, object body, string key) => new(HttpMethod.Post, url)
    {
        Content = JsonContent.Create(body),
        Headers = { { "Idempotency-Key", key } },
    };

    [Fact]
    public async Task CreateEdition_Retried_GetsTheFirstAnswerAgain()
    {
        using var admin = Server.Client();
        var id = ApiCalls.NewId("factory");
        var first = await admin.SendAsync(Post("/api/editions", ApiCalls.Edition(id), $"create-{id}"));
        var retry = await admin.SendAsync(Post("/api/editions", ApiCalls.Edition(id), $"create-{id}"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task ConcurrentAnnouncements_WithOneKey_ApplyOnce_AndAllGetTheSameAnswer()
    {
        using var admin = Server.Client();
        var id = ApiCalls.NewId("factory");
        await ApiCalls.CreateEdition(admin, id);
        var url = $"/api/editions/{id}/announcements";
        var body = new { message = "Les restitutions commencent dans 15 minutes" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => admin.SendAsync(Post(url, body, "announce-1"))));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        var edition = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{id}"), 200);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Equal(2, (long?)edition["version"]);
    }

    [Fact]
    public async Task KeyReusedForAnotherRequest_Is422ProblemJson_AndChangesNothing()
    {
        using var admin = Server.Client();
        var id = ApiCalls.NewId("factory");
        await ApiCalls.CreateEdition(admin, id);
        var url = $"/api/editions/{id}/announcements";
        await admin.SendAsync(Post(url, new { message = "Première annonce" }, "announce-2"));

        var reused = await admin.SendAsync(Post(url, new { message = "Une autre annonce" }, "announce-2"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, (long?)(await ApiCalls.Json(await admin.GetAsync($"/api/editions/{id}"), 200))["version"]);
    }

    [Fact]
    public async Task CreateMission_Retried_DoesNotRepeatTheLeadToken_AndCreatesOneMission()
    {
        using var admin = Server.Client();
        var id = ApiCalls.NewId("factory");
        await ApiCalls.CreateEdition(admin, id);
        var url = $"/api/editions/{id}/missions";

        var first = await ApiCalls.Json(await admin.SendAsync(Post(url, ApiCalls.Mission("drenche"), "mission-1")), 201);
        var retry = await admin.SendAsync(Post(url, ApiCalls.Mission("drenche"), "mission-1"));
        var problem = await ApiCalls.Json(retry, 409);

        Assert.False(string.IsNullOrEmpty((string?)first["leadToken"]));
        Assert.DoesNotContain((string)first["leadToken"]!, problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, (int?)(await ApiCalls.Json(await admin.GetAsync($"/api/editions/{id}"), 200))["counters"]!["missions"]);
    }

    [Fact]
    public async Task UnauthorizedAttempt_IsNotRecorded_TheRightfulRequestWithTheSameKeyRuns()
    {
        using var admin = Server.Client();
        var id = ApiCalls.NewId("factory");
        await ApiCalls.CreateEdition(admin, id);
        using var forged = Server.Client("not-a-valid-token");

        var unauthorized = await forged.SendAsync(Post($"/api/editions/{id}/announcements", new { message = "x" }, "k-401"));
        var adminWithSameKey = await admin.SendAsync(Post($"/api/editions/{id}/announcements", new { message = "x" }, "k-401"));

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, adminWithSameKey.StatusCode);
        Assert.False(adminWithSameKey.Headers.Contains("Idempotent-Replayed"));
    }
}
