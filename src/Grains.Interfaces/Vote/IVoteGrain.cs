using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>
/// An edition's closing vote (keyed by edition id): workshops and proposals, settings, status, the
/// final tally and the reveal. Ballots never pass here: they go to the shards
/// (<see cref="IVoteShardGrain"/>), which report their counts; this grain publishes the participation
/// a few times a second at most, and at close sums the shards' tallies.
/// </summary>
public interface IVoteGrain : IGrainWithStringKey
{
    /// <summary>Read-only, so the guests' phones loading the vote never queue behind each other.</summary>
    [ReadOnly]
    Task<VoteView> GetView();

    /// <summary>The full ranking (the desk's, at any time): live while open, final once closed.</summary>
    [ReadOnly]
    Task<VoteResults> GetResults();

    Task<Workshop> AddWorkshop(string workshopId, string title, string? host);

    Task<Proposal> AddProposal(string workshopId, Proposal proposal);

    Task<VoteView> Configure(VoteSettings settings);

    Task<VoteView> Open();

    Task<VoteView> Close();

    Task<VoteView> RevealNext();

    Task<VoteView> UndoReveal();

    /// <summary>Guest tokens were issued: the display shows how many of them voted.</summary>
    Task AddGuests(int count);

    /// <summary>A shard's ballot count moved (sent coalesced, a few times a second at most).</summary>
    [OneWay]
    Task ReportBallots(int shard, int ballots);
}
