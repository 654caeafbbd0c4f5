namespace Orchestrator.Grains.Interfaces.Schedule;

/// <param name="Phases">The plan, in the edition's local time.</param>
/// <param name="CurrentPhase">The phase running at <paramref name="At"/>, as the day runs (not only as planned).</param>
/// <param name="Timeline">Each phase as the day runs it, in the order of <paramref name="Phases"/>.</param>
/// <param name="At">When this was judged: a screen counts down from it.</param>
/// <param name="DriftMinutes">The current phase's drift, else the next one's; 0 when the day runs to plan.</param>
[GenerateSerializer, Immutable]
public sealed record DaySchedule(
    [property: Id(0)] string EditionId,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string TimeZone,
    [property: Id(3)] IReadOnlyList<SchedulePhase> Phases,
    [property: Id(4)] SchedulePhase? CurrentPhase,
    [property: Id(5)] IReadOnlyList<PhaseTimeline> Timeline,
    [property: Id(6)] DateTimeOffset At,
    [property: Id(7)] int DriftMinutes);
