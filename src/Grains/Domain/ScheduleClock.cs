using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Schedule;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// The edition's working time (each day from its start to its end, in the edition's time zone) and
/// how much of it has passed: the yardstick for "behind schedule".
/// </summary>
public sealed class ScheduleClock
{
    private readonly IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> _windows;

    public ScheduleClock(string timeZone, IEnumerable<EventDayInfo> days)
    {
        var zone = TimeZones.Find(timeZone);
        _windows = days
            .OrderBy(d => d.Date)
            .Select(d => (ToInstant(d.Date, d.Start ?? WorkingDay.DefaultStart, zone), ToInstant(d.Date, d.End ?? WorkingDay.DefaultEnd, zone)))
            .Where(w => w.Item2 > w.Item1)
            .ToList();
    }

    /// <summary>0 before the first day starts, 1 after the last ends, linear over working time only.</summary>
    public double ElapsedFraction(DateTimeOffset now)
    {
        var total = TimeSpan.Zero;
        var elapsed = TimeSpan.Zero;
        foreach (var (start, end) in _windows)
        {
            total += end - start;
            if (now >= end)
            {
                elapsed += end - start;
            }
            else if (now > start)
            {
                elapsed += now - start;
            }
        }

        return total <= TimeSpan.Zero ? 0 : elapsed / total;
    }

    private static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
