using Orchestrator.Grains.Domain.Vote;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Vote;

/// <summary>
/// Keeps the vote's rules (<see cref="ClosingVote"/>), pushes every status change to all shards before
/// answering, sums the shards at close, and publishes participation at most once per
/// <see cref="PublishEvery"/> however many ballots arrive.
/// </summary>
internal sealed class VoteGrain(
    [PersistentState("vote", StorageNames.Orchestrator)] IPersistentState<VoteState> state) : Grain, IVoteGrain
{
    public static readonly TimeSpan PublishEvery = TimeSpan.FromMilliseconds(250);

    private readonly int[] _shardBallots = new int[VoteShardKey.Count];
    private ClosingVote _vote = null!;
    private IGrainTimer? _publishTimer;
    private bool _publishDue;
    private int _publishedBallots;
    private bool _editionExists;

    private string EditionId => this.GetPrimaryKeyString();

    private IEnumerable<IVoteShardGrain> Shards => VoteShardKey.All(EditionId).Select(key => GrainFactory.GetGrain<IVoteShardGrain>(key));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _vote = new ClosingVote(state.State);
        if (_vote.Status == VoteStatus.Open)
        {
            // Reports sent before this activation are lost with the previous one: ask once.
            var counts = await Task.WhenAll(Shards.Select(s => s.GetCount()));
            for (var shard = 0; shard < counts.Length; shard++)
            {
                _shardBallots[shard] = counts[shard].Ballots;
            }

            _publishedBallots = _shardBallots.Sum();
        }
    }

    public async Task<VoteView> GetView()
    {
        await RequireEdition();
        return View();
    }

    public async Task<VoteResults> GetResults()
    {
        await RequireEdition();
        return _vote.Results(state.State.Final is null && _vote.Status == VoteStatus.Open ? await LiveTally() : new VoteTally());
    }

    public async Task<Workshop> AddWorkshop(string workshopId, string title, string? host)
    {
        await RequireEdition();
        var workshop = _vote.AddWorkshop(workshopId, title, host);
        await this.WriteOrDeactivateAsync(state);
        return workshop;
    }

    public async Task<Proposal> AddProposal(string workshopId, Proposal proposal)
    {
        await RequireEdition();
        var added = _vote.AddProposal(workshopId, proposal);
        await this.WriteOrDeactivateAsync(state);
        return added;
    }

    public async Task<VoteView> Configure(VoteSettings settings)
    {
        await RequireEdition();
        _vote.Configure(settings);
        await this.WriteOrDeactivateAsync(state);
        return View();
    }

    public async Task<VoteView> Open()
    {
        await RequireEdition();
        if (_vote.Open() is not { } gate)
        {
            // Already open: told again, in case the answer that was lost was the publication's.
            await PublishProgress();
            return View();
        }

        // Every shard holds the gate before the opening is stored and told: a shard that missed it
        // would refuse ballots. If one fails, this activation (open in memory only) is dropped and a
        // retry pushes again.
        await Commit(() => PushGate(gate));
        await PublishProgress();
        return View();
    }

    public async Task<VoteView> Close()
    {
        await RequireEdition();
        if (_vote.Close() is not { } gate)
        {
            await PublishProgress();
            return View();
        }

        // Once every shard is closed no ballot can land, so their tallies summed are final.
        await Commit(async () =>
        {
            await PushGate(gate);
            _vote.Finish(await LiveTally());
        });
        await PublishProgress();
        return View();
    }

    public async Task<VoteView> RevealNext(int? seen = null)
    {
        if (!_vote.AlreadyStepped(seen, +1))
        {
            _vote.RevealNext();
            await this.WriteOrDeactivateAsync(state);
        }

        return await PublishReveal();
    }

    public async Task<VoteView> UndoReveal(int? seen = null)
    {
        if (!_vote.AlreadyStepped(seen, -1))
        {
            _vote.UndoReveal();
            await this.WriteOrDeactivateAsync(state);
        }

        return await PublishReveal();
    }

    public async Task AddGuests(int count)
    {
        await RequireEdition();
        _vote.AddGuests(count);
        await this.WriteOrDeactivateAsync(state);
        await PublishProgress();
    }

    public Task ReportBallots(int shard, int ballots)
    {
        if (_vote.Status != VoteStatus.Open || shard is < 0 or >= VoteShardKey.Count)
        {
            return Task.CompletedTask;
        }

        _shardBallots[shard] = ballots;
        if (!_publishDue && _shardBallots.Sum() != _publishedBallots)
        {
            _publishDue = true;
            _publishTimer ??= this.RegisterGrainTimer(PublishParticipation, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _publishTimer.Change(PublishEvery, Timeout.InfiniteTimeSpan);
        }

        return Task.CompletedTask;
    }

    private async Task PublishParticipation(CancellationToken cancellationToken)
    {
        _publishDue = false;
        if (_vote.Status == VoteStatus.Open && _shardBallots.Sum() != _publishedBallots)
        {
            try
            {
                await PublishProgress();
            }
            catch
            {
                // Not told, so told at the next tick: the last count of a burst must reach the screens
                // even when no ballot follows it.
                _publishDue = true;
                _publishTimer?.Change(PublishEvery, Timeout.InfiniteTimeSpan);
                throw;
            }
        }
    }

    /// <summary>The vote of an edition that does not exist is not found (asked once per activation: editions are never deleted).</summary>
    private async Task RequireEdition()
    {
        _editionExists = _editionExists || await Edition().GetInfo() is not null;
        if (!_editionExists)
        {
            throw DomainRuleException.EditionNotFound(EditionId);
        }
    }

    private VoteView View() => _vote.View(_shardBallots.Sum());

    /// <summary>Tells the screens what is revealed; also after a repeated ask, whose first answer may have been lost before this.</summary>
    private async Task<VoteView> PublishReveal()
    {
        var view = View();
        await Edition().RecordVoteEvent(new EditionEvent(EditionId, 0, EditionEventKind.VoteRevealed, VoteRevealed: view.Revealed));
        return view;
    }

    private async Task PublishProgress()
    {
        var view = View();
        await Edition().RecordVoteEvent(new EditionEvent(EditionId, 0, EditionEventKind.VoteChanged, Vote: new VoteProgress(view.Status, view.Ballots, view.Guests)));
        _publishedBallots = view.Ballots;
    }

    private async Task Commit(Func<Task> beforeWrite)
    {
        try
        {
            await beforeWrite();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        await this.WriteOrDeactivateAsync(state);
    }

    private Task PushGate(VoteGate gate) => Task.WhenAll(Shards.Select(s => s.SetGate(gate)));

    private async Task<VoteTally> LiveTally() => VoteTally.Sum(await Task.WhenAll(Shards.Select(s => s.GetCount())));

    private IEditionGrain Edition() => GrainFactory.GetGrain<IEditionGrain>(EditionId);
}
