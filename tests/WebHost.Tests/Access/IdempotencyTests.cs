using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

[Collection(ServerCollection.Name)]
public sealed class IdempotencyTests(ServerFixture fixture)
{
    [Fact]
    public async Task TenConcurrentRetries_WithOneKey_MoveTheEditionVersionByOne()
    {
        var world = await AccessWorld.Create(fixture.Server);
        using var lead = fixture.Server.Client(world.LeadToken);
        var before = await Versions(lead, world);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => lead.SendAsync(Put(world, "phone-retry-1"))));

        Assert.All(answers, a => Assert.Equal(200, (int)a.StatusCode));
        var after = await Versions(lead, world);
        Assert.Equal(before.Edition + 1, after.Edition);
        Assert.Equal(before.Mission + 1, after.Mission);
        var versions = await Task.WhenAll(answers.Select(async a => (long?)(await ApiCalls.Json(a, 200))["version"]));
        Assert.All(versions, v => Assert.Equal(after.Mission, v));
    }

    [Fact]
    public async Task RetryAfterARestart_OnTheSameDatabase_AppliesOnce()
    {
        using var store = new SharedStore("restart");
        AccessWorld world;
        (long Edition, long Mission) first;
        await using (var server = store.StartHost())
        {
            world = await AccessWorld.Create(server);
            using var lead = server.Client(world.LeadToken);
            await ApiCalls.Json(await lead.SendAsync(Put(world, "phone-retry-restart")), 200);
            first = await Versions(lead, world);
        }

        await using (var restarted = store.StartHost())
        {
            using var lead = restarted.Client(world.LeadToken);
            await ApiCalls.Json(await lead.SendAsync(Put(world, "phone-retry-restart")), 200);
            Assert.Equal(first, await Versions(lead, world));
            using var admin = restarted.Client();
            var audit = (await ApiCalls.Json(await admin.GetAsync($"/api/editions/{world.EditionId}/audit"), 200)).AsArray();
            Assert.Contains(audit, e => ((string?)e!["action"])!.Contains("/milestones/", StringComparison.Ordinal));
        }
    }

    private static HttpRequestMessage Put(AccessWorld world, string key) => new(HttpMethod.Put, $"{world.MissionUrl}/milestones/framing")
    {
        Content = JsonContent.Create(new { status = "done", note = "Cadrage validé" }),
        Headers = { { "Idempotency-Key", key } },
    };

    private static async Task<(long Edition, long Mission)> Versions(HttpClient client, AccessWorld world)
    {
        var edition = await ApiCalls.Json(await client.GetAsync($"/api/editions/{world.EditionId}"), 200);
        var mission = await ApiCalls.Json(await client.GetAsync(world.MissionUrl), 200);
        return ((long)edition["version"]!, (long)mission["version"]!);
    }
}
