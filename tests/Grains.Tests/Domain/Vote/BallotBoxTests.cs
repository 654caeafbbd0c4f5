using Orchestrator.Grains.Domain.Vote;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Tests.Domain.Vote;

public sealed class BallotBoxTests
{
    private static readonly DateTimeOffset Now = new(2018, 11, 15, 21, 0, 0, TimeSpan.Zero);
    private static readonly VoteSettings Settings = new(VoteMode.Points, 10, 3);

    [Fact]
    public void Cast_BeforeOpen_OrAfterClose_IsConflict()
    {
        var box = new BallotBox(new VoteShardState());
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => box.Cast(Cast("g1", 3), Now)).Kind);

        box.SetGate(Gate(VoteStatus.Open));
        box.Cast(Cast("g1", 3), Now);
        box.SetGate(Gate(VoteStatus.Closed));

        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => box.Cast(Cast("g2", 3), Now)).Kind);
        Assert.False(box.SetGate(Gate(VoteStatus.Open)));
        Assert.Equal(1, box.Ballots);
    }

    [Fact]
    public void Replacement_CountsTheGuestOnce_WithTheLatestBallot()
    {
        var box = Open();
        box.Cast(Cast("g1", 3, "k1"), Now);
        box.Cast(Cast("g1", 7, "k2"), Now);

        var count = box.Count();

        Assert.Equal(1, count.Ballots);
        Assert.Equal([new ProposalTally("p1", 7, 1)], count.Proposals);
        Assert.Equal(7, box.Find("g1")!.Allocations[0].Points);
    }

    [Fact]
    public void Retry_UnderAnAppliedKey_ChangesNothing_EvenAfterALaterBallot()
    {
        var box = Open();
        Assert.True(box.Cast(Cast("g1", 3, "k1"), Now).Changed);
        box.Cast(Cast("g1", 7, "k2"), Now);

        var (ballot, changed) = box.Cast(Cast("g1", 3, "k1"), Now);

        Assert.False(changed);
        Assert.Equal(7, ballot.Allocations[0].Points);
        Assert.Equal([new ProposalTally("p1", 7, 1)], box.Count().Proposals);
    }

    [Fact]
    public void Reloaded_FromState_KeepsTheTally()
    {
        var state = new VoteShardState();
        var box = new BallotBox(state);
        box.SetGate(Gate(VoteStatus.Open));
        box.Cast(Cast("g1", 3), Now);
        box.Cast(Cast("g2", 4), Now);

        var reloaded = new BallotBox(state);

        Assert.Equal(2, reloaded.Ballots);
        Assert.Equal([new ProposalTally("p1", 7, 2)], reloaded.Count().Proposals);
        Assert.Throws<DomainRuleException>(() => reloaded.Cast(Cast("g3", 11), Now));
    }

    private static BallotBox Open()
    {
        var box = new BallotBox(new VoteShardState());
        box.SetGate(Gate(VoteStatus.Open));
        return box;
    }

    private static VoteGate Gate(VoteStatus status) => new(status, Settings, ["p1", "p2"]);

    private static CastBallot Cast(string guest, int points, string? key = null) =>
        new(guest, [new Allocation("p1", points)], key is null ? null : new ChangeKey($"Guest:{guest}", key));
}
