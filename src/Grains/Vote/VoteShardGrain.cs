using Orchestrator.Grains.Domain.Vote;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Vote;

/// <summary>
/// Stores each ballot before answering, and tells the vote grain its ballot count at most once per
/// <see cref="ReportEvery"/>, one-way: a ballot never waits on the vote grain.
/// </summary>
internal sealed class VoteShardGrain(
    [PersistentState("vote-shard", StorageNames.Orchestrator)] IPersistentState<VoteShardState> state,
    EventClock time) : Grain, IVoteShardGrain
{
    public static readonly TimeSpan ReportEvery = TimeSpan.FromMilliseconds(200);

    private BallotBox _box = null!;
    private IGrainTimer? _reportTimer;
    private bool _reportDue;
    private int _reported = -1;

    private string EditionId => Key.EditionId;

    private (string EditionId, int Shard) Key => VoteShardKey.Parse(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _box = new BallotBox(state.State);
        return Task.CompletedTask;
    }

    public async Task SetGate(VoteGate gate)
    {
        if (_box.SetGate(gate))
        {
            await this.WriteOrDeactivateAsync(state);
        }
    }

    public async Task<Ballot> Cast(CastBallot ballot)
    {
        var (cast, changed) = _box.Cast(ballot, time.Now);
        if (changed)
        {
            await this.WriteOrDeactivateAsync(state);
            ScheduleReport();
        }

        return cast;
    }

    public Task<Ballot?> GetBallot(string guestId) => Task.FromResult(_box.Find(guestId));

    public Task<BallotCount> GetCount() => Task.FromResult(_box.Count());

    private void ScheduleReport()
    {
        if (_reportDue || _box.Ballots == _reported)
        {
            return;
        }

        _reportDue = true;
        _reportTimer ??= this.RegisterGrainTimer(Report, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _reportTimer.Change(ReportEvery, Timeout.InfiniteTimeSpan);
    }

    private Task Report(CancellationToken cancellationToken)
    {
        _reportDue = false;
        _reported = _box.Ballots;
        return GrainFactory.GetGrain<IVoteGrain>(EditionId).ReportBallots(Key.Shard, _reported);
    }
}
