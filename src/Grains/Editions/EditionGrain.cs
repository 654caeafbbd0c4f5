using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Editions;

/// <summary>
/// Commits (write, then publish) what <see cref="Edition"/> decides, and keeps its health review running.
/// <para>
/// Changes interleave (<c>[AlwaysInterleave]</c> on the contract): each applies itself to the working state
/// in its own turn, which gives it the next version, then awaits a group commit (<see cref="GroupCommit{TEvent}"/>)
/// shared with every change applied while the previous write was in flight; the edition's updates are
/// stored together rather than one write at a time. Reads answer from the state last stored, so a screen
/// never sees a change the store does not hold, nor waits behind a write.
/// </para>
/// </summary>
internal sealed partial class EditionGrain(
    [PersistentState("edition", StorageNames.Orchestrator)] IPersistentState<EditionState> state,
    IOptions<HealthOptions> healthOptions,
    EventClock time,
    ILogger<EditionGrain> logger) : Grain, IEditionGrain, IRemindable
{
    private const string HealthReminder = "health-review";
    private HealthReview? _review;

    /// <summary>What changes apply to: ahead of the store while a write is in flight or waiting.</summary>
    private EditionState _working = null!;

    /// <summary>The state as last stored: what reads answer from.</summary>
    private EditionState _durable = null!;

    private GroupCommit<EditionEvent> _commit = null!;

    private string EditionId => this.GetPrimaryKeyString();

    private Edition Working => new(EditionId, _working);

    private Edition Durable => new(EditionId, _durable);

    private HealthReview Review => _review ?? new HealthReview(null, healthOptions.Value.StaleAfter);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _durable = state.State;
        _working = state.State.Copy();
        _commit = new GroupCommit<EditionEvent>(Write, Publish);
        if (Durable.Exists)
        {
            StartReviewingHealth(Durable.Schedule());
        }

        return Task.CompletedTask;
    }

    public async Task<EditionSnapshot> Create(CreateEdition command)
    {
        var edition = Working;
        var schedule = edition.Create(command, time.Now);
        var created = edition.Snapshot();
        await _commit.Commit([]);
        StartReviewingHealth(schedule);

        // A durable reminder brings the edition back after a silo restart, so time-driven health
        // (stale, late) keeps reaching the screens even if nobody calls the edition.
        await this.RegisterOrUpdateReminder(HealthReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        return created;
    }

    public Task<EditionSnapshot?> GetSnapshot() =>
        Task.FromResult(Durable.Exists ? Durable.Snapshot() : null);

    public Task<EditionInfo?> GetInfo() => Task.FromResult(_durable.Info);

    public Task<long> GetVersion() => Task.FromResult(Durable.Exists ? Durable.Version : 0);

    public async Task<long> RecordMissionChange(MissionChange change)
    {
        var edition = Working;
        edition.EnsureExists();
        if (edition.RecordMissionChange(change, Review, time.Now) is { } events)
        {
            await _commit.Commit(events);
            return events[0].Version;
        }

        // A report the edition already took, maybe not stored yet: answered once it is.
        var version = edition.Version;
        await _commit.WhenDurable();
        return version;
    }

    public async Task<Announcement> Announce(Announce command)
    {
        var edition = Working;
        edition.EnsureExists();
        var announced = edition.Announce(Guid.NewGuid().ToString("n")[..12], command, time.Now);
        await _commit.Commit([announced]);
        return announced.Announcement!;
    }

    public Task<long> RecordScheduleChange(DaySchedule schedule) => CommitOne(e => e.ScheduleChanged(schedule));

    public Task<IReadOnlyList<Announcement>> GetAnnouncements() =>
        Task.FromResult<IReadOnlyList<Announcement>>(_durable.Announcements.ToList());

    public Task<long> RecordSurveyChange(SurveySummary summary) => CommitOne(e => e.RecordSurveyChange(summary));

    public async Task<Announcement> Unpin(string announcementId)
    {
        var edition = Working;
        edition.EnsureExists();
        var unpinned = edition.Unpin(announcementId, out var announcement);
        await (unpinned is null ? _commit.WhenDurable() : _commit.Commit([unpinned]));
        return announcement;
    }

    public Task<IReadOnlyList<Announcement>> GetPinned(string missionId) =>
        Task.FromResult(Durable.PinnedFor(missionId));

    public Task<RevealState> Reveal(string missionId) => CommitReveal(missionId, e => e.Reveal(missionId));

    public Task<RevealState> ResetReveal() => CommitReveal(null, e => e.ResetReveal());

    private async Task<RevealState> CommitReveal(string? missionId, Func<Edition, bool> change)
    {
        var edition = Working;
        edition.EnsureExists();
        var changed = change(edition);
        var reveal = edition.RevealState(missionId);
        await (changed ? _commit.Commit([new(EditionId, reveal.Version, EditionEventKind.Revealed, Reveal: reveal)]) : _commit.WhenDurable());
        return reveal;
    }

    public Task<long> RecordVoteEvent(EditionEvent vote) => CommitOne(e => e.RecordVoteEvent(vote));

    /// <summary>A change that always makes exactly one event (schedule, survey, vote): versioned, stored, published; returns its version.</summary>
    private async Task<long> CommitOne(Func<Edition, EditionEvent> change)
    {
        var edition = Working;
        edition.EnsureExists();
        var changed = change(edition);
        await _commit.Commit([changed]);
        return changed.Version;
    }

    /// <summary>
    /// Stores a copy of the working state: the store serialises it after its first await, off this grain's
    /// turns, while later changes go on applying to the working state. Once stored, reads answer from it.
    /// </summary>
    private async Task Write()
    {
        var stored = _working.Copy();
        state.State = stored;
        await this.WriteOrDeactivateAsync(state);
        _durable = stored;
    }

    /// <summary>Only once stored: a screen never sees a change the store does not hold.</summary>
    private void Publish(IReadOnlyList<EditionEvent> events) =>
        GrainFactory.GetGrain<ILivePublisherGrain>(EditionId).Publish(events).Ignore();

    private void StartReviewingHealth(ScheduleClock schedule)
    {
        _review = new HealthReview(schedule, healthOptions.Value.StaleAfter);
        var every = healthOptions.Value.ReviewEvery;
        this.RegisterGrainTimer(ReviewHealth, new GrainTimerCreationOptions(every, every) { KeepAlive = true });
    }

    private async Task ReviewHealth(CancellationToken cancellationToken)
    {
        try
        {
            if (Working.ReviewHealth(Review, time.Now) is { Count: > 0 } events)
            {
                await _commit.Commit(events);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogHealthReviewFailed(logger, ex, EditionId);
            throw;
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != HealthReminder)
        {
            return;
        }

        if (!Working.IsOver(time.Now))
        {
            await ReviewHealth(CancellationToken.None);
            return;
        }

        // The event is over (or never existed): nothing left to watch.
        try
        {
            if (await this.GetReminder(HealthReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        catch (Exception ex)
        {
            LogHealthReminderFailed(logger, ex, EditionId);
            throw;
        }
    }
}
