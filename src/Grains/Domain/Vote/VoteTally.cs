using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.Domain.Vote;

/// <summary>
/// Points and voters per proposal, and ballots cast, kept exact as ballots are added, replaced or merged
/// from other shards.
/// </summary>
public sealed class VoteTally
{
    private readonly Dictionary<string, (int Points, int Voters)> _proposals = new(StringComparer.Ordinal);

    public int Ballots { get; private set; }

    public static VoteTally Sum(IEnumerable<BallotCount> counts)
    {
        var tally = new VoteTally();
        foreach (var count in counts)
        {
            tally.Ballots += count.Ballots;
            foreach (var p in count.Proposals)
            {
                tally.Move(p.ProposalId, p.Points, p.Voters);
            }
        }

        return tally;
    }

    public void Add(IReadOnlyList<Allocation> allocations)
    {
        Ballots++;
        foreach (var a in allocations.Where(a => a.Points > 0))
        {
            Move(a.ProposalId, a.Points, 1);
        }
    }

    public void Remove(IReadOnlyList<Allocation> allocations)
    {
        Ballots--;
        foreach (var a in allocations.Where(a => a.Points > 0))
        {
            Move(a.ProposalId, -a.Points, -1);
        }
    }

    public int PointsOf(string proposalId) => _proposals.GetValueOrDefault(proposalId).Points;

    public int VotersOf(string proposalId) => _proposals.GetValueOrDefault(proposalId).Voters;

    public BallotCount ToCount() => new(
        Ballots,
        _proposals.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ProposalTally(p.Key, p.Value.Points, p.Value.Voters)).ToList());

    private void Move(string proposalId, int points, int voters)
    {
        var (p, v) = _proposals.GetValueOrDefault(proposalId);
        (p, v) = (p + points, v + voters);
        if (p == 0 && v == 0)
        {
            _proposals.Remove(proposalId);
        }
        else
        {
            _proposals[proposalId] = (p, v);
        }
    }
}
