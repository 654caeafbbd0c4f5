namespace Orchestrator.WebHost.Api.Contracts;

public sealed record DayScheduleRequest(IReadOnlyList<SchedulePhaseRequest>? Phases);
