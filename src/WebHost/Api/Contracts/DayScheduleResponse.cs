namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="CurrentPhase">The phase running now in the edition's time zone, if any.</param>
public sealed record DayScheduleResponse(
    string EditionId, string Date, string Timezone, IReadOnlyList<SchedulePhaseResponse> Phases, SchedulePhaseResponse? CurrentPhase);
