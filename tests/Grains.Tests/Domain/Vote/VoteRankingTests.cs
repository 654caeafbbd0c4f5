using Orchestrator.Grains.Domain.Vote;
using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.Tests.Domain.Vote;

public sealed class VoteRankingTests
{
    [Fact]
    public void Rank_ByPoints_ThenVoters_ThenId_OneToN_EveryProposal()
    {
        var tally = new VoteTally();
        tally.Add([new("b-loaded", 9), new("c-wide", 1)]);
        tally.Add([new("c-wide", 4), new("a-wide", 5)]);
        tally.Add([new("c-wide", 4), new("a-wide", 4)]);

        var ranking = VoteRanking.Rank(Workshops(), tally);

        // c-wide 9 points / 3 voters; a-wide 9 / 2; b-loaded 9 / 1; then the zero-point ones by id.
        Assert.Equal(["c-wide", "a-wide", "b-loaded", "d-none", "e-none"], ranking.Select(r => r.ProposalId));
        Assert.Equal([1, 2, 3, 4, 5], ranking.Select(r => r.Rank));
        Assert.Equal([9, 9, 9, 0, 0], ranking.Select(r => r.Points));
        Assert.Equal([3, 2, 1, 0, 0], ranking.Select(r => r.Voters));
        Assert.Equal("second", ranking[0].WorkshopId);
    }

    [Fact]
    public void Tally_ReplacedBallot_CountsOnce_AndShardsSumExactly()
    {
        var shard = new VoteTally();
        shard.Add([new("a-wide", 3)]);
        shard.Remove([new("a-wide", 3)]);
        shard.Add([new("b-loaded", 2)]);
        var other = new VoteTally();
        other.Add([new("b-loaded", 1), new("a-wide", 1)]);

        var sum = VoteTally.Sum([shard.ToCount(), other.ToCount()]);

        Assert.Equal(2, sum.Ballots);
        Assert.Equal(3, sum.PointsOf("b-loaded"));
        Assert.Equal(2, sum.VotersOf("b-loaded"));
        Assert.Equal(1, sum.PointsOf("a-wide"));
        Assert.Equal(1, sum.VotersOf("a-wide"));
    }

    internal static IReadOnlyList<Workshop> Workshops() =>
    [
        new("first", "Engagement", null, [new("b-loaded", "B", null), new("e-none", "E", null)]),
        new("second", "Territoires", "Ana", [new("c-wide", "C", null), new("a-wide", "A", null), new("d-none", "D", null)]),
    ];
}
