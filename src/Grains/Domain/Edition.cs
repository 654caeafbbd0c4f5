using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// One edition's rules over its stored state: which mission reports are news, the version every change
/// raises, the events the screens receive, the reveal and the time-driven health review. No I/O:
/// the grain writes, then publishes what these methods return.
/// </summary>
public sealed class Edition(string editionId, EditionState state)
{
    public const int AnnouncementsKept = 50;

    public bool Exists => state.Info is not null;

    public long Version => state.Version;

    public void EnsureExists()
    {
        if (!Exists)
        {
            throw DomainRuleException.NotFound($"Edition '{editionId}' does not exist.");
        }
    }

    /// <summary>Returns the edition's schedule, checked (a time zone unknown here is refused) before anything is set.</summary>
    public ScheduleClock Create(CreateEdition command, DateTimeOffset now)
    {
        if (Exists)
        {
            throw DomainRuleException.Conflict($"Edition '{editionId}' already exists.");
        }

        var schedule = new ScheduleClock(command.TimeZone, command.Days);
        state.Info = new EditionInfo(editionId, command.Title, command.Territory, command.Format, command.TimeZone, command.Days.ToList(), now);
        state.Version = 1;
        return schedule;
    }

    public ScheduleClock Schedule() => new(state.Info!.TimeZone, state.Info.Days);

    /// <summary>
    /// Takes a mission's report if it is newer than the one held (a retried report is not a change) and
    /// returns the events it makes, or null: the mission changed; the counters if they moved; the help asked.
    /// </summary>
    public IReadOnlyList<EditionEvent>? RecordMissionChange(MissionChange change, HealthReview review, DateTimeOffset now)
    {
        var summary = change.Summary;
        state.Missions.TryGetValue(summary.Id, out var known);
        if (!EditionVersioning.IsNewer(summary, known))
        {
            return null;
        }

        var countersBefore = Counters();
        var judged = review.Judge(summary, now);
        state.Missions[summary.Id] = judged;
        var version = ++state.Version;
        var events = new List<EditionEvent>(3) { new(editionId, version, EditionEventKind.MissionChanged, Mission: judged) };
        if (Counters() is var counters && counters != countersBefore)
        {
            events.Add(new(editionId, version, EditionEventKind.EditionChanged, Counters: counters));
        }

        if (change.HelpRequested is { } help)
        {
            events.Add(new(editionId, version, EditionEventKind.HelpRequested, HelpRequest: help));
        }

        return events;
    }

    /// <summary>Keeps the latest <see cref="AnnouncementsKept"/>: the screens show the recent ones.</summary>
    public EditionEvent Announce(string id, string message, DateTimeOffset now)
    {
        var announcement = new Announcement(id, message, now);
        state.Announcements.Add(announcement);
        if (state.Announcements.Count > AnnouncementsKept)
        {
            state.Announcements.RemoveRange(0, state.Announcements.Count - AnnouncementsKept);
        }

        return new(editionId, ++state.Version, EditionEventKind.Announcement, Announcement: announcement);
    }

    /// <summary>A day's schedule moved: the screens get it whole, with the next version.</summary>
    public EditionEvent ScheduleChanged(DaySchedule schedule) =>
        new(editionId, ++state.Version, EditionEventKind.ScheduleChanged, Schedule: schedule);

    /// <summary>Reveals a mission on the closing display; revealing it again is a no-op (false).</summary>
    public bool Reveal(string missionId)
    {
        if (!state.Missions.ContainsKey(missionId))
        {
            throw DomainRuleException.NotFound($"Mission '{missionId}' does not exist in edition '{editionId}'.");
        }

        if (state.Revealed.Contains(missionId, StringComparer.Ordinal))
        {
            return false;
        }

        state.Revealed.Add(missionId);
        state.RevealStarted = true;
        state.Version++;
        return true;
    }

    /// <summary>Hides every outcome (the reveal starts over); a no-op (false) when it already has.</summary>
    public bool ResetReveal()
    {
        if (state.RevealStarted && state.Revealed.Count == 0)
        {
            return false;
        }

        state.Revealed.Clear();
        state.RevealStarted = true;
        state.Version++;
        return true;
    }

    public RevealState RevealState(string? missionId) => new(state.Version, missionId, state.Revealed.ToList(), state.RevealStarted);

    /// <summary>Time alone can make a mission stale or late: the missions whose health moved, as events (none: no change).</summary>
    public IReadOnlyList<EditionEvent> ReviewHealth(HealthReview review, DateTimeOffset now)
    {
        var changed = state.Missions.Values
            .Select(m => (Before: m, After: review.Judge(m, now)))
            .Where(p => p.After.Health != p.Before.Health)
            .Select(p => p.After)
            .ToList();
        if (changed.Count == 0)
        {
            return [];
        }

        foreach (var summary in changed)
        {
            state.Missions[summary.Id] = summary;
        }

        var version = ++state.Version;
        return changed.Select(s => new EditionEvent(editionId, version, EditionEventKind.MissionChanged, Mission: s)).ToList();
    }

    /// <summary>
    /// Nothing left to watch: a day after the last day ends (taken as UTC: the day of margin covers any
    /// zone), or an edition that never existed.
    /// </summary>
    public bool IsOver(DateTimeOffset now)
    {
        if (state.Info is not { } info)
        {
            return true;
        }

        var last = info.Days.MaxBy(d => d.Date);
        var end = last is null
            ? info.CreatedAt
            : new DateTimeOffset(last.Date.ToDateTime(last.End ?? WorkingDay.DefaultEnd), TimeSpan.Zero);
        return now > end + TimeSpan.FromDays(1);
    }

    public EditionSnapshot Snapshot()
    {
        var missions = state.Missions.Values.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        return new EditionSnapshot(
            state.Info!, state.Version, EditionTally.Count(missions), missions, EditionTally.Companies(missions), state.Revealed.ToList(), state.RevealStarted);
    }

    private EditionCounters Counters() => EditionTally.Count(state.Missions.Values);
}
