using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// Screens set up their live connections in turns (a storm of reconnects after a restart): one that
/// waited too long is told 503 problem+json with Retry-After, the screen's join ends its turn, and
/// the REST API never waits for a turn.
/// </summary>
public sealed class LiveSetupThrottleTests
{
    [Fact]
    public async Task WhileTheOnlyTurnIsHeld_ANewScreenIsRefused503_AndConnectsOnceTheFirstHasJoined()
    {
        await using var server = OrchestratorServer.Start(new Dictionary<string, string?>
        {
            ["Orchestrator:Live:ConnectionSetupsAtOnce"] = "1",
            ["Orchestrator:Live:ConnectionSetupWait"] = "00:00:00.200",
            ["Orchestrator:Live:ConnectionSetupTurnAtMost"] = "00:10:00",
        });
        using var admin = server.Client();
        var (editionId, _) = await admin.CreateEditionWithMission();

        // Connected, not joined yet: it holds the only turn.
        await using var first = await LiveScreen.Connect(server);

        await SetupRefusal.AssertNewScreensRefused(server, admin, editionId);

        await first.JoinEdition(editionId);
        await using var second = await LiveScreen.Connect(server);
        var snapshot = await second.JoinEdition(editionId);
        Assert.Equal(editionId, snapshot.GetProperty("id").GetString());
    }
}
