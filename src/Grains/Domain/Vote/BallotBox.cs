using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Domain.Vote;

/// <summary>
/// One shard's ballots: one per guest, replaced whole by the next; a ballot retried under a key already
/// applied for that guest changes nothing (even when a later ballot replaced it meanwhile).
/// </summary>
public sealed class BallotBox
{
    /// <summary>Keys remembered per guest: far more than a phone retries before it sends something new.</summary>
    public const int KeysKept = 16;

    private readonly VoteShardState _state;
    private readonly VoteTally _tally = new();
    private HashSet<string> _proposalIds;

    public BallotBox(VoteShardState state)
    {
        _state = state;
        _proposalIds = ProposalSet(state.Gate);
        foreach (var ballot in state.Ballots.Values)
        {
            _tally.Add(ballot.Ballot.Allocations);
        }
    }

    public int Ballots => _tally.Ballots;

    /// <summary>Takes the vote's new gate; false when nothing changed. A closed box never reopens.</summary>
    public bool SetGate(VoteGate gate)
    {
        if (_state.Gate == gate || _state.Gate is { Status: VoteStatus.Closed })
        {
            return false;
        }

        _state.Gate = gate;
        _proposalIds = ProposalSet(gate);
        return true;
    }

    /// <summary>Casts (or replaces) the guest's ballot; returns it and whether anything changed.</summary>
    public (Ballot Ballot, bool Changed) Cast(CastBallot cast, DateTimeOffset now)
    {
        if (_state.Gate is not { Status: VoteStatus.Open } gate)
        {
            throw DomainRuleException.Conflict(_state.Gate?.Status == VoteStatus.Closed ? "The vote is closed." : "The vote is not open yet.");
        }

        _state.Ballots.TryGetValue(cast.GuestId, out var known);
        if (known is not null && cast.Key is { } key && known.Keys.Contains(key.Scoped, StringComparer.Ordinal))
        {
            return (known.Ballot, false);
        }

        var allocations = BallotRules.Check(gate.Settings, _proposalIds, cast.Allocations);
        if (known is not null)
        {
            _tally.Remove(known.Ballot.Allocations);
        }

        var entry = known ?? new GuestBallot();
        entry.Ballot = new Ballot(cast.GuestId, allocations, now);
        if (cast.Key is { } applied)
        {
            entry.Keys.Add(applied.Scoped);
            if (entry.Keys.Count > KeysKept)
            {
                entry.Keys.RemoveRange(0, entry.Keys.Count - KeysKept);
            }
        }

        _state.Ballots[cast.GuestId] = entry;
        _tally.Add(allocations);
        return (entry.Ballot, true);
    }

    public Ballot? Find(string guestId) => _state.Ballots.GetValueOrDefault(guestId)?.Ballot;

    public BallotCount Count() => _tally.ToCount();

    private static HashSet<string> ProposalSet(VoteGate? gate) => new(gate?.ProposalIds ?? [], StringComparer.Ordinal);
}
