using System.Globalization;

namespace Orchestrator.Grains.Interfaces.Schedule;

/// <summary>An event day grain is keyed "{editionId}/{yyyy-MM-dd}".</summary>
public static class EventDayKey
{
    public static string For(string editionId, DateOnly date) =>
        $"{editionId}/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
