namespace Orchestrator.Grains.Interfaces.Schedule;

/// <summary>IANA time zones as editions name them: checked at the web boundary, resolved by the grains.</summary>
public static class TimeZones
{
    public static bool IsKnown(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static TimeZoneInfo Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw DomainRuleException.Invalid($"'{id}' is not a known IANA time zone (e.g. Europe/Paris).");
}
