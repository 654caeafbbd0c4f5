using Orchestrator.Grains.Domain.Vote;
using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.Tests.Domain.Vote;

public sealed class RevealSequenceTests
{
    private static readonly IReadOnlyList<RankedProposal> Ranking = Enumerable.Range(1, 5)
        .Select(rank => new RankedProposal($"p{rank}", "w", $"P{rank}", 10 - rank, 1, rank))
        .ToList();

    [Fact]
    public void Reveal_FromRevealTop_UpToTheWinner_Last()
    {
        var order = new List<int>();
        for (var count = 0; RevealSequence.Next(Ranking, 3, count) is { } next; count++)
        {
            order.Add(next.Rank);
        }

        Assert.Equal([3, 2, 1], order);
        Assert.Equal([3, 2, 1], RevealSequence.Revealed(Ranking, 3, 3).Select(r => r.Rank));
        Assert.Equal([3, 2], RevealSequence.Revealed(Ranking, 3, 2).Select(r => r.Rank));
    }

    [Fact]
    public void RevealTop_AboveTheProposals_StartsAtTheLast()
    {
        Assert.Equal(5, RevealSequence.Next(Ranking, 12, 0)!.Rank);
        Assert.Null(RevealSequence.Next(Ranking, 12, 5));
    }
}
