namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="CurrentPhase">The phase running now as the day runs (the desk's changes included), if any.</param>
/// <param name="At">The server's time when this was judged: a screen counts down against it, whatever its own clock says.</param>
/// <param name="DriftMinutes">How late (+) or early (−) the day runs: the current phase's drift, else the next one's.</param>
public sealed record DayScheduleResponse(
    string EditionId,
    string Date,
    string Timezone,
    IReadOnlyList<SchedulePhaseResponse> Phases,
    SchedulePhaseResponse? CurrentPhase,
    DateTimeOffset? At = null,
    int DriftMinutes = 0);
