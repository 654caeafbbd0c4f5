namespace Orchestrator.Grains.Interfaces.Editions;

[GenerateSerializer, Immutable]
public sealed record EventDayInfo(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string Label);
