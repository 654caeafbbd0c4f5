using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Api;

public sealed class ConflictTests
{
    /// <summary>
    /// Two hosts that wrongly run separate clusters on one database (a split brain) both hold the
    /// mission: the one with stale state gets 409 and nothing is overwritten; its retry then works. Pins the
    /// bug where the failed writer kept its stale activation, so every retry failed the same way.
    /// </summary>
    [Fact]
    public async Task StaleWriter_Gets409ProblemJson_AndItsRetrySucceeds_StaleActivationKeptAfterFailedWriteBug()
    {
        using var store = new SharedStore("conflict");
        await using var hostA = store.StartHost();
        await using var hostB = store.StartHost();
        using var adminA = hostA.Client();
        using var adminB = hostB.Client();
        var (editionId, _) = await adminA.CreateEditionWithMission();
        var url = $"/api/editions/{editionId}/missions/drenche/milestones/framing";
        await ApiCalls.Json(await adminB.GetAsync($"/api/editions/{editionId}/missions/drenche"), 200);

        await ApiCalls.Json(await adminA.PutAsJsonAsync(url, new { status = "done", note = "A" }), 200);
        var stale = await adminB.PutAsJsonAsync(url, new { status = "in-progress", note = "B" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var afterConflict = await ApiCalls.Json(await adminB.GetAsync($"/api/editions/{editionId}/missions/drenche"), 200);
        Assert.Equal("A", (string?)afterConflict["milestones"]![0]!["note"]);

        // B's edition grain was stale too, so the retry may meet one more conflict there; the client
        // retries with its Idempotency-Key, as the lead page does, until it is acknowledged.
        HttpRequestMessage Retry() => new(HttpMethod.Put, url)
        {
            Content = JsonContent.Create(new { status = "in-progress", note = "B" }),
            Headers = { { "Idempotency-Key", "retry-b" } },
        };
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3 && statuses.LastOrDefault() != HttpStatusCode.OK; attempt++)
        {
            statuses.Add((await adminB.SendAsync(Retry())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses.Last());
        var mission = await ApiCalls.Json(await adminB.GetAsync($"/api/editions/{editionId}/missions/drenche"), 200);
        var edition = await ApiCalls.Json(await adminB.GetAsync($"/api/editions/{editionId}"), 200);
        Assert.Equal("B", (string?)mission["milestones"]![0]!["note"]);
        Assert.Equal(3, (long?)mission["version"]);
        Assert.Equal(3, (long?)edition["missions"]![0]!["version"]);
    }
}
