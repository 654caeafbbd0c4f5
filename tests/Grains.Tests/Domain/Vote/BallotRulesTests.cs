using Orchestrator.Grains.Domain.Vote;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.Tests.Domain.Vote;

public sealed class BallotRulesTests
{
    private static readonly HashSet<string> Proposals = ["mentoring", "skills-day", "open-data"];

    [Fact]
    public void Points_WithinBudget_KeepsWhatCounts_DropsZeros()
    {
        var ballot = BallotRules.Check(Points(10), Proposals, [new("mentoring", 6), new("skills-day", 0), new("open-data", 4)]);

        Assert.Equal([new Allocation("mentoring", 6), new Allocation("open-data", 4)], ballot);
    }

    [Theory]
    [InlineData(11, 0)]
    [InlineData(6, 5)]
    public void Points_OverBudget_IsInvalid(int first, int second)
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            BallotRules.Check(Points(10), Proposals, [new("mentoring", first), new("open-data", second)]));

        Assert.Equal(DomainRuleKind.Invalid, refused.Kind);
    }

    [Fact]
    public void NegativeUnknownOrRepeated_IsInvalid()
    {
        Assert.Equal(DomainRuleKind.Invalid, Assert.Throws<DomainRuleException>(() =>
            BallotRules.Check(Points(10), Proposals, [new("mentoring", 12), new("open-data", -3)])).Kind);
        Assert.Equal(DomainRuleKind.Invalid, Assert.Throws<DomainRuleException>(() =>
            BallotRules.Check(Points(10), Proposals, [new("nowhere", 1)])).Kind);
        Assert.Equal(DomainRuleKind.Invalid, Assert.Throws<DomainRuleException>(() =>
            BallotRules.Check(Points(10), Proposals, [new("mentoring", 1), new("mentoring", 2)])).Kind);
    }

    [Fact]
    public void Pick_UpToBudget_OnePointEach()
    {
        var pick = new VoteSettings(VoteMode.Pick, 2, 3);

        Assert.Equal(2, BallotRules.Check(pick, Proposals, [new("mentoring", 1), new("open-data", 1), new("skills-day", 0)]).Count);
        Assert.Throws<DomainRuleException>(() => BallotRules.Check(pick, Proposals, [new("mentoring", 1), new("open-data", 1), new("skills-day", 1)]));
        Assert.Throws<DomainRuleException>(() => BallotRules.Check(pick, Proposals, [new("mentoring", 2)]));
    }

    [Fact]
    public void EmptyBallot_IsABlankVote()
    {
        Assert.Empty(BallotRules.Check(Points(10), Proposals, []));
    }

    private static VoteSettings Points(int budget) => new(VoteMode.Points, budget, 3);
}
