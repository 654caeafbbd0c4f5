namespace Orchestrator.Grains.Interfaces.Editions;

[GenerateSerializer, Immutable]
public sealed record CreateEdition(
    [property: Id(0)] string Title,
    [property: Id(1)] string Territory,
    [property: Id(2)] EditionFormat Format,
    [property: Id(3)] string TimeZone,
    [property: Id(4)] IReadOnlyList<EventDayInfo> Days);
