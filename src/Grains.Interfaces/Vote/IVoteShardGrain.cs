using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>
/// The ballots of the guests hashed to one shard of an edition's vote (keyed by <see cref="VoteShardKey"/>),
/// and their partial tally. It holds its own copy of the vote's gate, so a ballot is accepted or refused
/// here alone; the vote grain pushes every status change to all shards before it answers.
/// </summary>
public interface IVoteShardGrain : IGrainWithStringKey
{
    Task SetGate(VoteGate gate);

    /// <summary>Stores the guest's ballot (replacing the previous one) before answering; vote not open → conflict.</summary>
    Task<Ballot> Cast(CastBallot ballot);

    [ReadOnly]
    Task<Ballot?> GetBallot(string guestId);

    [ReadOnly]
    Task<BallotCount> GetCount();
}
