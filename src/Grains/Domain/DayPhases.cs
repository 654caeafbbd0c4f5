using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Schedule;

namespace Orchestrator.Grains.Domain;

/// <summary>Rules of a day's schedule: phases end after they start and never overlap.</summary>
public static class DayPhases
{
    public static void EnsureValid(IReadOnlyList<SchedulePhase> phases)
    {
        var ordered = phases.OrderBy(p => p.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].End <= ordered[i].Start)
            {
                throw DomainRuleException.Invalid($"Phase '{ordered[i].Id}' must end after it starts.");
            }

            if (i > 0 && ordered[i].Start < ordered[i - 1].End)
            {
                throw DomainRuleException.Invalid($"Phases '{ordered[i - 1].Id}' and '{ordered[i].Id}' overlap.");
            }
        }

        if (ordered.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != ordered.Count)
        {
            throw DomainRuleException.Invalid("Phase ids must be unique within a day.");
        }
    }

    /// <summary>The phase running at <paramref name="now"/> on that day in that zone, if any.</summary>
    public static SchedulePhase? Current(IReadOnlyList<SchedulePhase> phases, DateOnly date, TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (DateOnly.FromDateTime(local.DateTime) != date)
        {
            return null;
        }

        var clock = TimeOnly.FromDateTime(local.DateTime);
        return phases.FirstOrDefault(p => clock >= p.Start && clock < p.End);
    }
}
