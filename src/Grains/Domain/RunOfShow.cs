using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// A day's run of show over its stored state: the plan (phases in local time) and what the desk did to it.
/// A phase starts when the desk started it by hand, else at the later of its planned start and the end of
/// the phase before (a late phase pushes the next ones: that is the drift); it keeps its planned length plus
/// any extension, unless the desk ended it. No I/O and no clock of its own: the grain passes "now".
/// </summary>
public sealed class RunOfShow(DateOnly date, EventDayState state)
{
    /// <summary>Each phase as the day runs it at <paramref name="now"/>, in planned order.</summary>
    public IReadOnlyList<PhaseTimeline> Timeline(DateTimeOffset now)
    {
        var zone = TimeZones.Find(state.TimeZone);
        var timeline = new List<PhaseTimeline>(state.Phases.Count);
        DateTimeOffset? previousEnd = null;
        foreach (var phase in state.Phases)
        {
            var plannedStart = Instant(phase.Start, zone);
            var plannedEnd = Instant(phase.End, zone);
            var run = state.Runs.GetValueOrDefault(phase.Id);
            var start = run?.StartedAt ?? (previousEnd > plannedStart ? previousEnd.Value : plannedStart);
            var end = run?.EndedAt ?? start + (plannedEnd - plannedStart) + TimeSpan.FromMinutes(run?.ExtendedMinutes ?? 0);
            end = end < start ? start : end;
            var status = now >= end ? PhaseStatus.Done : now >= start ? PhaseStatus.Current : PhaseStatus.Upcoming;
            timeline.Add(new PhaseTimeline(phase.Id, start, end, status, Minutes(end - plannedEnd)));
            previousEnd = end;
        }

        return timeline;
    }

    public DaySchedule Schedule(string editionId, DateTimeOffset now)
    {
        var timeline = Timeline(now);
        var current = timeline.FirstOrDefault(p => p.Status == PhaseStatus.Current);
        var driftOf = current ?? timeline.FirstOrDefault(p => p.Status == PhaseStatus.Upcoming);
        return new DaySchedule(
            editionId,
            date,
            state.TimeZone,
            state.Phases.ToList(),
            current is null ? null : state.Phases.First(p => p.Id == current.PhaseId),
            timeline,
            now,
            driftOf?.DriftMinutes ?? 0);
    }

    /// <summary>Takes a new plan: what the desk did to phases that are still in it is kept.</summary>
    public void SetPlan(string timeZone, IReadOnlyList<SchedulePhase> phases)
    {
        DayPhases.EnsureValid(phases);
        TimeZones.Find(timeZone);
        state.TimeZone = timeZone;
        state.Phases = [.. phases.OrderBy(p => p.Start)];
        var kept = state.Phases.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in state.Runs.Keys.Where(id => !kept.Contains(id)).ToList())
        {
            state.Runs.Remove(id);
        }
    }

    public void EndCurrent(DateTimeOffset now) => Run(Current(now)).EndedAt = now;

    public void ExtendCurrent(int minutes, DateTimeOffset now)
    {
        if (minutes is < PhaseExtension.MinMinutes or > PhaseExtension.MaxMinutes)
        {
            throw DomainRuleException.Invalid($"A phase is extended by {PhaseExtension.MinMinutes} to {PhaseExtension.MaxMinutes} minutes.");
        }

        Run(Current(now)).ExtendedMinutes += minutes;
    }

    /// <summary>The phase after the running one (or the next to come, between phases) starts now.</summary>
    public void StartNext(DateTimeOffset now)
    {
        var timeline = Timeline(now);
        var currentIndex = timeline.ToList().FindIndex(p => p.Status == PhaseStatus.Current);
        var next = currentIndex >= 0
            ? timeline.Skip(currentIndex + 1).FirstOrDefault()
            : timeline.FirstOrDefault(p => p.Status == PhaseStatus.Upcoming);
        if (next is null)
        {
            throw DomainRuleException.Conflict("No phase is left to start today.");
        }

        if (currentIndex >= 0)
        {
            Run(timeline[currentIndex].PhaseId).EndedAt = now;
        }

        var started = Run(next.PhaseId);
        started.StartedAt = now;
        started.EndedAt = null;
    }

    private string Current(DateTimeOffset now) =>
        Timeline(now).FirstOrDefault(p => p.Status == PhaseStatus.Current)?.PhaseId
        ?? throw DomainRuleException.Conflict("No phase is running now.");

    private PhaseRunState Run(string phaseId)
    {
        if (!state.Runs.TryGetValue(phaseId, out var run))
        {
            run = new PhaseRunState();
            state.Runs[phaseId] = run;
        }

        return run;
    }

    private DateTimeOffset Instant(TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static int Minutes(TimeSpan span) => (int)Math.Round(span.TotalMinutes, MidpointRounding.AwayFromZero);
}
