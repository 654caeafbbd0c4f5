using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.Domain.Vote;

/// <summary>
/// Ranks every proposal, 0 points included: by points, then by voters (a proposal many guests chose
/// beats one a few loaded up), then by id, so ranks run 1..N with no tie and the same tally always
/// gives the same ranking.
/// </summary>
public static class VoteRanking
{
    public static IReadOnlyList<RankedProposal> Rank(IEnumerable<Workshop> workshops, VoteTally tally) => workshops
        .SelectMany(w => w.Proposals.Select(p => (WorkshopId: w.Id, Proposal: p)))
        .Select(x => (x.WorkshopId, x.Proposal, Points: tally.PointsOf(x.Proposal.Id), Voters: tally.VotersOf(x.Proposal.Id)))
        .OrderByDescending(x => x.Points)
        .ThenByDescending(x => x.Voters)
        .ThenBy(x => x.Proposal.Id, StringComparer.Ordinal)
        .Select((x, i) => new RankedProposal(x.Proposal.Id, x.WorkshopId, x.Proposal.Title, x.Points, x.Voters, i + 1))
        .ToList();
}
