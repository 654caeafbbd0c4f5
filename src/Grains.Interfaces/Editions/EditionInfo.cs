namespace Orchestrator.Grains.Interfaces.Editions;

[GenerateSerializer, Immutable]
public sealed record EditionInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Territory,
    [property: Id(3)] EditionFormat Format,
    [property: Id(4)] string TimeZone,
    [property: Id(5)] IReadOnlyList<EventDayInfo> Days,
    [property: Id(6)] DateTimeOffset CreatedAt);
