using Microsoft.Extensions.Options;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Editions;

internal sealed class EditionGrain(
    [PersistentState("edition", StorageNames.Orchestrator)] IPersistentState<EditionState> state,
    IOptions<HealthOptions> healthOptions,
    EventClock time) : Grain, IEditionGrain
{
    private const int AnnouncementsKept = 50;
    private ScheduleClock? _clock;

    private string EditionId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Info is { } info)
        {
            StartReviewingHealth(info);
        }

        return Task.CompletedTask;
    }

    public async Task<EditionSnapshot> Create(CreateEdition command)
    {
        if (state.State.Info is not null)
        {
            throw DomainRuleException.Conflict($"Edition '{EditionId}' already exists.");
        }

        var clock = new ScheduleClock(command.TimeZone, command.Days);
        state.State.Info = new EditionInfo(
            EditionId, command.Title, command.Territory, command.Format, command.TimeZone, command.Days.ToList(), time.Now);
        state.State.Version = 1;
        await this.WriteOrDeactivateAsync(state);
        _clock = clock;
        StartReviewingHealth(state.State.Info);
        return Snapshot();
    }

    public Task<EditionSnapshot?> GetSnapshot() =>
        Task.FromResult(state.State.Info is null ? null : Snapshot());

    public Task<EditionInfo?> GetInfo() => Task.FromResult(state.State.Info);

    public async Task<long> RecordMissionChange(MissionChange change)
    {
        RequireExists();
        var summary = change.Summary;
        state.State.Missions.TryGetValue(summary.Id, out var known);
        if (!EditionVersioning.IsNewer(summary, known))
        {
            return state.State.Version;
        }

        var countersBefore = Counters();
        state.State.Missions[summary.Id] = WithLiveHealth(summary, time.Now);
        state.State.Version++;
        await this.WriteOrDeactivateAsync(state);

        var version = state.State.Version;
        var events = new List<EditionEvent>(3)
        {
            new(EditionId, version, EditionEventKind.MissionChanged, Mission: state.State.Missions[summary.Id]),
        };
        var counters = Counters();
        if (counters != countersBefore)
        {
            events.Add(new(EditionId, version, EditionEventKind.EditionChanged, Counters: counters));
        }

        if (change.HelpRequested is { } help)
        {
            events.Add(new(EditionId, version, EditionEventKind.HelpRequested, HelpRequest: help));
        }

        await Publish(events);
        return version;
    }

    public async Task<Announcement> Announce(string message)
    {
        RequireExists();
        var announcement = new Announcement(Guid.NewGuid().ToString("n")[..12], message, time.Now);
        state.State.Announcements.Add(announcement);
        if (state.State.Announcements.Count > AnnouncementsKept)
        {
            state.State.Announcements.RemoveRange(0, state.State.Announcements.Count - AnnouncementsKept);
        }

        state.State.Version++;
        await this.WriteOrDeactivateAsync(state);
        await Publish([new(EditionId, state.State.Version, EditionEventKind.Announcement, Announcement: announcement)]);
        return announcement;
    }

    public Task<IReadOnlyList<Announcement>> GetAnnouncements() =>
        Task.FromResult<IReadOnlyList<Announcement>>(state.State.Announcements.ToList());

    private void RequireExists()
    {
        if (state.State.Info is null)
        {
            throw DomainRuleException.NotFound($"Edition '{EditionId}' does not exist.");
        }
    }

    private EditionSnapshot Snapshot()
    {
        var missions = state.State.Missions.Values.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        return new EditionSnapshot(
            state.State.Info!, state.State.Version, EditionTally.Count(missions), missions, EditionTally.Companies(missions));
    }

    private EditionCounters Counters() => EditionTally.Count(state.State.Missions.Values);

    private MissionSummary WithLiveHealth(MissionSummary summary, DateTimeOffset now) => summary with
    {
        Health = HealthRules.Evaluate(
            summary.MilestonesDone,
            summary.MilestonesTotal,
            summary.HasBlockedMilestone,
            summary.LastUpdateAt,
            now,
            _clock?.ElapsedFraction(now) ?? 0,
            healthOptions.Value.StaleAfter),
    };

    private void StartReviewingHealth(EditionInfo info)
    {
        _clock ??= new ScheduleClock(info.TimeZone, info.Days);
        var every = healthOptions.Value.ReviewEvery;
        this.RegisterGrainTimer(ReviewHealth, new GrainTimerCreationOptions(every, every) { KeepAlive = true });
    }

    /// <summary>Time alone can make a mission stale or late: re-evaluate and tell the screens.</summary>
    private async Task ReviewHealth(CancellationToken cancellationToken)
    {
        var now = time.Now;
        var changed = state.State.Missions.Values
            .Select(m => (Before: m, After: WithLiveHealth(m, now)))
            .Where(p => p.After.Health != p.Before.Health)
            .Select(p => p.After)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        foreach (var summary in changed)
        {
            state.State.Missions[summary.Id] = summary;
        }

        state.State.Version++;
        await this.WriteOrDeactivateAsync(state, cancellationToken);
        var version = state.State.Version;
        await Publish(changed.Select(s => new EditionEvent(EditionId, version, EditionEventKind.MissionChanged, Mission: s)).ToList());
    }

    private Task Publish(IReadOnlyList<EditionEvent> events) =>
        GrainFactory.GetGrain<ILivePublisherGrain>(EditionId).Publish(events);
}
