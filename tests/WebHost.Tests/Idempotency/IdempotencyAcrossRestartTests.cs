using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Idempotency;

public sealed class IdempotencyAcrossRestartTests
{
    [Fact]
    public async Task AnswerRecordedBeforeARestart_IsReplayedAfterIt()
    {
        using var store = new SharedStore("replay");
        var id = ApiCalls.NewId("factory");
        HttpRequestMessage Create() => new(HttpMethod.Post, "/api/editions")
        {
            Content = JsonContent.Create(ApiCalls.Edition(id)),
            Headers = { { "Idempotency-Key", "setup-laptop-1" } },
        };
        string firstBody;
        await using (var before = store.StartHost())
        {
            using var admin = before.Client();
            var first = await admin.SendAsync(Create());
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            firstBody = await first.Content.ReadAsStringAsync();
        }

        await using var after = store.StartHost();
        using var again = after.Client();
        var retry = await again.SendAsync(Create());

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(firstBody, await retry.Content.ReadAsStringAsync());
    }
}
