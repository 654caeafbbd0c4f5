using System.Globalization;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.WebHost.Api.Contracts;

namespace Orchestrator.WebHost.Api;

/// <summary>A day's schedule (grain message) to its JSON contract, for the schedule routes and the hub alike.</summary>
public static class ScheduleMapping
{
    public static DayScheduleResponse ToResponse(this DaySchedule s)
    {
        var phases = s.Phases.Select(p => p.ToResponse(s.Timeline.FirstOrDefault(t => t.PhaseId == p.Id))).ToList();
        return new(
            s.EditionId,
            s.Date.ToString(RouteIds.DateFormat, CultureInfo.InvariantCulture),
            s.TimeZone,
            phases,
            s.CurrentPhase is null ? null : phases.First(p => p.Id == s.CurrentPhase.Id),
            s.At,
            s.DriftMinutes);
    }

    /// <summary>A day that has no schedule yet: its time zone, no phases.</summary>
    public static DayScheduleResponse Empty(string editionId, string date, string timeZone, DateTimeOffset at) =>
        new(editionId, date, timeZone, [], null, at);

    private static SchedulePhaseResponse ToResponse(this SchedulePhase p, PhaseTimeline? run) => new(
        p.Id,
        p.Label,
        p.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        p.End.ToString("HH:mm", CultureInfo.InvariantCulture),
        run?.Start,
        run?.End,
        run is null ? null : WireNames.Of(run.Status),
        run?.DriftMinutes ?? 0);
}
