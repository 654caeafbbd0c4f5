using System.Globalization;
using Orchestrator.Grains.Interfaces.Schedule;

namespace Orchestrator.WebHost.Api.Routes;

/// <summary><c>/api/editions/{editionId}/days/{date}</c>, bound with <c>[AsParameters]</c>; the date is checked before binding.</summary>
public sealed record DayRoute(string EditionId, string Date)
{
    public DateOnly Day => DateOnly.ParseExact(Date, RouteIds.DateFormat, CultureInfo.InvariantCulture);

    public IEventDayGrain Grain(IGrainFactory grains) => grains.GetGrain<IEventDayGrain>(EventDayKey.For(EditionId, Day));
}
