using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Editions;

/// <summary>Commits (write, then publish) what <see cref="Edition"/> decides, and keeps its health review running.</summary>
internal sealed partial class EditionGrain(
    [PersistentState("edition", StorageNames.Orchestrator)] IPersistentState<EditionState> state,
    IOptions<HealthOptions> healthOptions,
    EventClock time,
    ILogger<EditionGrain> logger) : Grain, IEditionGrain, IRemindable
{
    private const string HealthReminder = "health-review";
    private HealthReview? _review;

    private string EditionId => this.GetPrimaryKeyString();

    private Edition Edition => new(EditionId, state.State);

    private HealthReview Review => _review ?? new HealthReview(null, healthOptions.Value.StaleAfter);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Edition.Exists)
        {
            StartReviewingHealth(Edition.Schedule());
        }

        return Task.CompletedTask;
    }

    public async Task<EditionSnapshot> Create(CreateEdition command)
    {
        var edition = Edition;
        var schedule = edition.Create(command, time.Now);
        await this.WriteOrDeactivateAsync(state);
        StartReviewingHealth(schedule);

        // A durable reminder brings the edition back after a silo restart, so time-driven health
        // (stale, late) keeps reaching the screens even if nobody calls the edition.
        await this.RegisterOrUpdateReminder(HealthReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        return edition.Snapshot();
    }

    public Task<EditionSnapshot?> GetSnapshot() =>
        Task.FromResult(Edition.Exists ? Edition.Snapshot() : null);

    public Task<EditionInfo?> GetInfo() => Task.FromResult(state.State.Info);

    public Task<long> GetVersion() => Task.FromResult(Edition.Exists ? Edition.Version : 0);

    public async Task<long> RecordMissionChange(MissionChange change)
    {
        var edition = Edition;
        edition.EnsureExists();
        if (edition.RecordMissionChange(change, Review, time.Now) is { } events)
        {
            await Commit(events);
        }

        return edition.Version;
    }

    public async Task<Announcement> Announce(Announce command)
    {
        var edition = Edition;
        edition.EnsureExists();
        var announced = edition.Announce(Guid.NewGuid().ToString("n")[..12], command, time.Now);
        await Commit([announced]);
        return announced.Announcement!;
    }

    public Task<IReadOnlyList<Announcement>> GetAnnouncements() =>
        Task.FromResult<IReadOnlyList<Announcement>>(state.State.Announcements.ToList());

    public async Task<long> RecordSurveyChange(SurveySummary summary)
    {
        var edition = Edition;
        edition.EnsureExists();
        var changed = edition.RecordSurveyChange(summary);
        await Commit([changed]);
        return changed.Version;
    }

    public async Task<Announcement> Unpin(string announcementId)
    {
        var edition = Edition;
        edition.EnsureExists();
        if (edition.Unpin(announcementId, out var announcement) is { } unpinned)
        {
            await Commit([unpinned]);
        }

        return announcement;
    }

    public Task<IReadOnlyList<Announcement>> GetPinned(string missionId) =>
        Task.FromResult(Edition.PinnedFor(missionId));

    public Task<RevealState> Reveal(string missionId) => CommitReveal(missionId, e => e.Reveal(missionId));

    public Task<RevealState> ResetReveal() => CommitReveal(null, e => e.ResetReveal());

    private async Task<RevealState> CommitReveal(string? missionId, Func<Edition, bool> change)
    {
        var edition = Edition;
        edition.EnsureExists();
        if (!change(edition))
        {
            return edition.RevealState(missionId);
        }

        var reveal = edition.RevealState(missionId);
        await Commit([new(EditionId, reveal.Version, EditionEventKind.Revealed, Reveal: reveal)]);
        return reveal;
    }

    public async Task<long> RecordVoteEvent(EditionEvent vote)
    {
        var edition = Edition;
        edition.EnsureExists();
        var stamped = edition.RecordVoteEvent(vote);
        await Commit([stamped]);
        return stamped.Version;
    }

    /// <summary>Persist first, then publish: a screen never sees a change the store does not hold.</summary>
    private async Task Commit(IReadOnlyList<EditionEvent> events, CancellationToken cancellationToken = default)
    {
        await this.WriteOrDeactivateAsync(state, cancellationToken);
        await GrainFactory.GetGrain<ILivePublisherGrain>(EditionId).Publish(events);
    }

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
            if (Edition.ReviewHealth(Review, time.Now) is { Count: > 0 } events)
            {
                await Commit(events, cancellationToken);
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

        if (!Edition.IsOver(time.Now))
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
