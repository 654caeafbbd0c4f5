using Microsoft.Extensions.Options;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Editions;

internal sealed class EditionGrain(
    [PersistentState("edition", StorageNames.Orchestrator)] IPersistentState<EditionState> state,
    IOptions<HealthOptions> healthOptions,
    EventClock time) : Grain, IEditionGrain, IRemindable
{
    private const int AnnouncementsKept = 50;
    private const string HealthReminder = "health-review";
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

        // A durable reminder brings the edition back after a silo restart, so time-driven health
        // (stale, late) keeps reaching the screens even if nobody calls the edition.
        await this.RegisterOrUpdateReminder(HealthReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
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

    public async Task<long> RecordSurveyChange(SurveySummary summary)
    {
        RequireExists();
        state.State.Version++;
        await this.WriteOrDeactivateAsync(state);
        await Publish([new(EditionId, state.State.Version, EditionEventKind.SurveyChanged, Survey: summary)]);
        return state.State.Version;
    }

    public async Task<RevealState> Reveal(string missionId)
    {
        RequireExists();
        if (!state.State.Missions.ContainsKey(missionId))
        {
            throw DomainRuleException.NotFound($"Mission '{missionId}' does not exist in edition '{EditionId}'.");
        }

        if (state.State.Revealed.Contains(missionId, StringComparer.Ordinal))
        {
            return new RevealState(state.State.Version, missionId, state.State.Revealed.ToList(), true);
        }

        state.State.Revealed.Add(missionId);
        state.State.RevealStarted = true;
        return await CommitReveal(missionId);
    }

    public async Task<RevealState> ResetReveal()
    {
        RequireExists();
        if (state.State.RevealStarted && state.State.Revealed.Count == 0)
        {
            return new RevealState(state.State.Version, null, [], true);
        }

        state.State.Revealed.Clear();
        state.State.RevealStarted = true;
        return await CommitReveal(null);
    }

    private async Task<RevealState> CommitReveal(string? missionId)
    {
        state.State.Version++;
        await this.WriteOrDeactivateAsync(state);
        var reveal = new RevealState(state.State.Version, missionId, state.State.Revealed.ToList(), state.State.RevealStarted);
        await Publish([new(EditionId, reveal.Version, EditionEventKind.Revealed, Reveal: reveal)]);
        return reveal;
    }

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
            state.State.Info!, state.State.Version, EditionTally.Count(missions), missions, EditionTally.Companies(missions), state.State.Revealed.ToList(), state.State.RevealStarted);
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

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != HealthReminder)
        {
            return;
        }

        var info = state.State.Info;
        if (info is null || time.Now > EventEnd(info) + TimeSpan.FromDays(1))
        {
            // The event is over (or never existed): nothing left to watch.
            if (await this.GetReminder(HealthReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            return;
        }

        await ReviewHealth(CancellationToken.None);
    }

    /// <summary>Roughly when the last day ends (taken as UTC: the day of margin after it covers any zone).</summary>
    private static DateTimeOffset EventEnd(EditionInfo info)
    {
        var last = info.Days.MaxBy(d => d.Date);
        return last is null
            ? info.CreatedAt
            : new DateTimeOffset(last.Date.ToDateTime(last.End ?? ScheduleClock.DefaultDayEnd), TimeSpan.Zero);
    }

    private Task Publish(IReadOnlyList<EditionEvent> events) =>
        GrainFactory.GetGrain<ILivePublisherGrain>(EditionId).Publish(events);
}
