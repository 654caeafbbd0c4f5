using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.Domain.Vote;

/// <summary>
/// The ceremony's order: from rank <c>revealTop</c> (or the last rank, if fewer proposals) up to rank 1,
/// so the winner comes last. What is revealed is always a prefix of that order, so a count says it all.
/// </summary>
public static class RevealSequence
{
    public static int Length(int revealTop, int proposals) => Math.Min(revealTop, proposals);

    /// <summary>The proposals revealed so far, in reveal order.</summary>
    public static IReadOnlyList<RankedProposal> Revealed(IReadOnlyList<RankedProposal> ranking, int revealTop, int revealedCount)
    {
        var length = Length(revealTop, ranking.Count);
        return Enumerable.Range(0, Math.Min(revealedCount, length))
            .Select(i => ranking[length - 1 - i])
            .ToList();
    }

    /// <summary>The next to reveal, or null when the winner is already shown.</summary>
    public static RankedProposal? Next(IReadOnlyList<RankedProposal> ranking, int revealTop, int revealedCount)
    {
        var length = Length(revealTop, ranking.Count);
        return revealedCount < length ? ranking[length - 1 - revealedCount] : null;
    }
}
