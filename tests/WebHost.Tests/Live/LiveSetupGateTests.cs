using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orchestrator.Grains.Live;
using Orchestrator.WebHost.Hubs;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>Turns at setting up live connections: a bounded number at once, each ended once, none kept for ever.</summary>
public sealed class LiveSetupGateTests
{
    private static readonly TimeSpan TurnAtMost = TimeSpan.FromSeconds(5);

    private static LiveSetupGate OneAtATime(FakeTimeProvider time) => new(Options.Create(new LiveOptions
    {
        ConnectionSetupsAtOnce = 1,
        ConnectionSetupWait = TimeSpan.FromMilliseconds(50),
        ConnectionSetupTurnAtMost = TurnAtMost,
    }), time);

    [Fact]
    public async Task WhileTheOnlyTurnIsTaken_TheNextWaitsInVain_ThenGetsItOnceTheTurnEnds()
    {
        var gate = OneAtATime(new FakeTimeProvider());
        var first = await gate.Wait(CancellationToken.None);
        Assert.NotNull(first);

        Assert.Null(await gate.Wait(CancellationToken.None));
        first.Dispose();
        using var second = await gate.Wait(CancellationToken.None);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task ATurnEndedTwice_GivesBackOneTurnOnly()
    {
        var gate = OneAtATime(new FakeTimeProvider());
        var first = await gate.Wait(CancellationToken.None);
        first!.Dispose();
        first.Dispose();

        using var second = await gate.Wait(CancellationToken.None);
        Assert.NotNull(second);
        Assert.Null(await gate.Wait(CancellationToken.None));
    }

    [Fact]
    public async Task ATurnNobodyEnds_EndsByItselfAfterItsLongest()
    {
        var time = new FakeTimeProvider();
        var gate = OneAtATime(time);
        var forgotten = await gate.Wait(CancellationToken.None);
        Assert.NotNull(forgotten);

        time.Advance(TurnAtMost - TimeSpan.FromMilliseconds(1));
        Assert.Null(await gate.Wait(CancellationToken.None));
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var next = await gate.Wait(CancellationToken.None);
        Assert.NotNull(next);
    }
}
