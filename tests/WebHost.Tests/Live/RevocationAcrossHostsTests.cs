using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>Two web hosts, each co-hosting a silo, on one real PostgreSQL: a revocation reaches both.</summary>
public sealed class RevocationAcrossHostsTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task RevokedViewerToken_ClosesItsConnections_OnEveryHost()
    {
        var settings = await fixture.NewCluster();
        await using var hostA = OrchestratorServer.Start(settings);
        await using var hostB = OrchestratorServer.Start(settings);
        using var adminA = hostA.Client();
        var editionId = await adminA.CreateEditionWithMissions("alpha");
        var issued = await ApiCalls.Json(await adminA.PostAsync($"/api/editions/{editionId}/viewer-tokens", null), 201);
        var token = (string)issued["token"]!;
        await using var screenA = await LiveScreen.Connect(hostA, token);
        await using var screenB = await LiveScreen.Connect(hostB, token);
        await screenA.JoinEdition(editionId);
        await screenB.JoinEdition(editionId);
        var closedA = screenA.Connection.WatchClosed();
        var closedB = screenB.Connection.WatchClosed();

        var revoked = await adminA.DeleteAsync($"/api/editions/{editionId}/tokens/{(string)issued["tokenId"]!}");

        Assert.Equal(System.Net.HttpStatusCode.NoContent, revoked.StatusCode);
        await Task.WhenAll(closedA, closedB).WaitAsync(LiveScreen.Timeout);
        await using var again = hostB.Hub(token);
        await Assert.ThrowsAsync<HttpRequestException>(() => again.StartAsync().WaitAsync(LiveScreen.Timeout));
    }
}
