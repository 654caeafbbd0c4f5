using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// Issue 10: with the PostgreSQL store stopped for a moment every change was answered 500. It is a
/// 503 with Retry-After, nothing is half-written, and the same change sent again applies once the
/// store is back.
/// </summary>
public sealed class StoreOutageTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task StoreStopped_ChangesAnswered503WithRetryAfter_AndApplyOnceItIsBack()
    {
        var settings = await fixture.NewCluster();
        await using var host = OrchestratorServer.Start(settings);
        using var admin = host.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        var client = new OutageClient(admin);
        using var stopReading = new CancellationTokenSource();

        await fixture.Postgres.ShutDownAsync();
        Task<System.Text.Json.Nodes.JsonNode> change;
        try
        {
            var reading = client.ReadUntil($"/api/editions/{editionId}", stopReading.Token);
            change = client.PutUntilAccepted($"/api/editions/{editionId}/missions/alpha/milestones/framing", new { status = "done" }, TimeSpan.FromSeconds(90));

            // The change is refused (503) at least once while the store is down, then the store comes back.
            await Task.WhenAny(change, client.FirstUnavailable).WaitAsync(TimeSpan.FromSeconds(60));

            await stopReading.CancelAsync();
            await reading;
        }
        finally
        {
            await fixture.Postgres.RestartAsync();
        }

        var applied = await change;
        client.AssertNoServerError();
        Assert.True(client.UnavailableCount > 0, "The change was refused while the store was down.");
        Assert.Equal(20, (int)applied["progress"]!);
        var snapshot = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200);
        var alpha = snapshot["missions"]!.AsArray().Single(m => (string)m!["id"]! == "alpha")!;
        Assert.Equal((long)applied["version"]!, (long)alpha["version"]!);
    }
}
