using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Requests;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class RequestReplayTests
{
    private static readonly DateTimeOffset Now = new(2018, 11, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NewKey_Proceeds() =>
        Assert.Equal(RequestOutcome.Proceed, RequestReplay.Decide("PUT /a 1", null, false, null, null, Now));

    [Fact]
    public void AnsweredKey_SameRequest_Replays() =>
        Assert.Equal(RequestOutcome.Replay, RequestReplay.Decide("PUT /a 1", "PUT /a 1", true, Now.AddMinutes(-5), null, Now));

    [Fact]
    public void AnsweredKey_OtherRequest_IsAMismatch() =>
        Assert.Equal(RequestOutcome.Mismatch, RequestReplay.Decide("PUT /a 2", "PUT /a 1", true, Now.AddMinutes(-5), null, Now));

    [Fact]
    public void RunningKey_SameRequest_Waits() =>
        Assert.Equal(RequestOutcome.InProgress, RequestReplay.Decide("PUT /a 1", "PUT /a 1", false, null, Now.AddSeconds(-2), Now));

    [Fact]
    public void AbandonedRun_OrExpiredAnswer_ProceedsAgain()
    {
        Assert.Equal(RequestOutcome.Proceed, RequestReplay.Decide("PUT /a 1", "PUT /a 1", false, null, Now - RequestReplay.AbandonedAfter - TimeSpan.FromSeconds(1), Now));
        Assert.Equal(RequestOutcome.Proceed, RequestReplay.Decide("PUT /a 1", "PUT /a 1", true, Now - RequestReplay.RetainFor - TimeSpan.FromSeconds(1), null, Now));
    }
}
