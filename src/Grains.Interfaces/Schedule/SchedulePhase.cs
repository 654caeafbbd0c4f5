namespace Orchestrator.Grains.Interfaces.Schedule;

/// <summary>A phase of an event day, in the edition's local time.</summary>
[GenerateSerializer, Immutable]
public sealed record SchedulePhase(
    [property: Id(0)] string Id,
    [property: Id(1)] string Label,
    [property: Id(2)] TimeOnly Start,
    [property: Id(3)] TimeOnly End);
