using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.Grains.Interfaces.Survey;
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
            throw DomainRuleException.EditionNotFound(editionId);
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

    /// <summary>
    /// Keeps the latest <see cref="AnnouncementsKept"/>: the screens show the recent ones. A pinned one
    /// replaces the pin of its audience (every team, or its mission), so a page shows at most two.
    /// </summary>
    public EditionEvent Announce(string id, Announce command, DateTimeOffset now)
    {
        if (command.MissionId is { } missionId && !state.Missions.ContainsKey(missionId))
        {
            throw DomainRuleException.MissionNotFound(editionId, missionId);
        }

        var announcement = new Announcement(id, command.Message, now, command.MissionId, command.Pinned);
        state.Announcements.Add(announcement);
        if (state.Announcements.Count > AnnouncementsKept)
        {
            state.Announcements.RemoveRange(0, state.Announcements.Count - AnnouncementsKept);
        }

        if (command.Pinned)
        {
            state.Pinned.RemoveAll(p => p.MissionId == command.MissionId);
            state.Pinned.Add(announcement);
        }

        return new(editionId, ++state.Version, EditionEventKind.Announcement, Announcement: announcement);
    }

    /// <summary>A day's schedule moved: the screens get it whole, with the next version.</summary>
    public EditionEvent ScheduleChanged(DaySchedule schedule) =>
        new(editionId, ++state.Version, EditionEventKind.ScheduleChanged, Schedule: schedule);

    /// <summary>The survey's new counts (counts only: no name, no comment) under the next version.</summary>
    public EditionEvent RecordSurveyChange(SurveySummary summary) =>
        new(editionId, ++state.Version, EditionEventKind.SurveyChanged, Survey: summary);

    /// <summary>
    /// Takes an announcement off the pages it is pinned on: the event to publish, or null when it is not
    /// pinned (any more). An announcement neither pinned nor among the recent ones is not found.
    /// </summary>
    public EditionEvent? Unpin(string announcementId, out Announcement announcement)
    {
        var pinned = state.Pinned.Find(p => p.Id == announcementId);
        if (pinned is null)
        {
            announcement = state.Announcements.Find(a => a.Id == announcementId) is { } recent
                ? recent with { Pinned = false }
                : throw DomainRuleException.NotFound($"Announcement '{announcementId}' does not exist in edition '{editionId}'.");
            return null;
        }

        state.Pinned.Remove(pinned);
        var index = state.Announcements.FindIndex(a => a.Id == announcementId);
        announcement = pinned with { Pinned = false };
        if (index >= 0)
        {
            state.Announcements[index] = announcement;
        }

        return new(editionId, ++state.Version, EditionEventKind.AnnouncementUnpinned, Announcement: announcement);
    }

    /// <summary>The pins a mission's page shows: every team's first, then its own.</summary>
    public IReadOnlyList<Announcement> PinnedFor(string missionId) =>
        [.. state.Pinned.Where(p => p.MissionId is null), .. state.Pinned.Where(p => p.MissionId == missionId)];

    /// <summary>Reveals a mission on the closing display; revealing it again is a no-op (false).</summary>
    public bool Reveal(string missionId)
    {
        if (!state.Missions.ContainsKey(missionId))
        {
            throw DomainRuleException.MissionNotFound(editionId, missionId);
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

    /// <summary>
    /// The closing vote's event (participation, status, reveal), given the next version: the vote grain
    /// calls this a few times a second at most, never per ballot.
    /// </summary>
    public EditionEvent RecordVoteEvent(EditionEvent vote)
    {
        if (vote.Kind is not (EditionEventKind.VoteChanged or EditionEventKind.VoteRevealed) || vote.EditionId != editionId)
        {
            throw DomainRuleException.Invalid($"Not a vote event of edition '{editionId}'.");
        }

        return vote with { Version = ++state.Version };
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
            state.Info!, state.Version, EditionTally.Count(missions), missions, EditionTally.Companies(missions), state.Revealed.ToList(), state.RevealStarted,
            state.Pinned.ToList());
    }

    private EditionCounters Counters() => EditionTally.Count(state.Missions.Values);
}
