using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Schedule;

namespace Orchestrator.Grains.Domain.Impact;

public static class WorkingHours
{
    /// <summary>The edition's working hours: each day's end − start, a day without its own hours counting 09:00–18:00.</summary>
    public static decimal Of(IEnumerable<EventDayInfo> days) => days.Sum(d =>
    {
        var span = (d.End ?? WorkingDay.DefaultEnd) - (d.Start ?? WorkingDay.DefaultStart);
        return (decimal)span.TotalMinutes / 60m;
    });
}
