using Orchestrator.Grains.Interfaces;

namespace Orchestrator.Grains.Domain;

public static class TimeZones
{
    public static bool IsKnown(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static TimeZoneInfo Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw DomainRuleException.Invalid($"'{id}' is not a known IANA time zone (e.g. Europe/Paris).");
}
