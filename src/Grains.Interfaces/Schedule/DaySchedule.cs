namespace Orchestrator.Grains.Interfaces.Schedule;

[GenerateSerializer, Immutable]
public sealed record DaySchedule(
    [property: Id(0)] string EditionId,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string TimeZone,
    [property: Id(3)] IReadOnlyList<SchedulePhase> Phases,
    [property: Id(4)] SchedulePhase? CurrentPhase);
