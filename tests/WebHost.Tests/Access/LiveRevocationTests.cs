using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Hubs;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>A revoked or replaced token loses its open live connections, and its hub calls fail.</summary>
[Collection(ServerCollection.Name)]
public sealed class LiveRevocationTests(ServerFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task RevokedTeamToken_ClosesItsOpenConnection_AndJoinMissionFails()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        var issued = await ApiCalls.Json(await admin.PostAsync($"{world.MissionUrl}/team-tokens", null), 201);
        await using var team = Server.Hub((string)issued["token"]!);
        var closed = team.WatchClosed();
        await team.StartAsync().WaitAsync(Within);
        await team.InvokeAsync<object>("JoinMission", world.EditionId, world.MissionId).WaitAsync(Within);

        var revoked = await admin.DeleteAsync($"/api/editions/{world.EditionId}/tokens/{(string)issued["tokenId"]!}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await closed.WaitAsync(Within);
        await Assert.ThrowsAnyAsync<Exception>(() => team.InvokeAsync<object>("JoinMission", world.EditionId, world.MissionId).WaitAsync(Within));
    }

    [Fact]
    public async Task ReissuedLeadToken_ClosesTheOldLeadsConnection()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        await using var oldLead = Server.Hub(world.LeadToken);
        var closed = oldLead.WatchClosed();
        await oldLead.StartAsync().WaitAsync(Within);
        await oldLead.InvokeAsync<object>("JoinMission", world.EditionId, world.MissionId).WaitAsync(Within);

        await ApiCalls.Json(await admin.PostAsync($"{world.MissionUrl}/lead-token", null), 201);

        await closed.WaitAsync(Within);
        Assert.Equal(HubConnectionState.Disconnected, oldLead.State);
    }

    [Fact]
    public async Task HubConnections_PastTheBoundPerToken_AreRefused429()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        var token = await admin.IssueTeamToken(world.EditionId, world.MissionId);
        var open = Enumerable.Range(0, LiveConnections.MaxPerOtherToken).Select(_ => Server.Hub(token)).ToList();
        try
        {
            foreach (var batch in open.Chunk(20))
            {
                await Task.WhenAll(batch.Select(c => c.StartAsync())).WaitAsync(TimeSpan.FromSeconds(60));
            }

            await using var oneMore = Server.Hub(token);
            var refused = await Assert.ThrowsAsync<HttpRequestException>(() => oneMore.StartAsync().WaitAsync(Within));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

            // The admin's desk, and the same team's other links, are not held back by it.
            await using var other = Server.Hub(await admin.IssueTeamToken(world.EditionId, world.MissionId));
            await other.StartAsync().WaitAsync(Within);
        }
        finally
        {
            await Task.WhenAll(open.Select(c => c.DisposeAsync().AsTask()));
        }
    }
}
