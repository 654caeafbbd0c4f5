namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Start">Planned start, HH:mm in the edition's time zone.</param>
/// <param name="End">Planned end, HH:mm in the edition's time zone.</param>
/// <param name="StartsAt">When it starts as the day runs (the desk's changes and the drift included).</param>
/// <param name="EndsAt">When it ends as the day runs: the current phase's countdown runs to it.</param>
/// <param name="Status"><c>upcoming | current | done</c>.</param>
/// <param name="DriftMinutes">Its end against the plan: + late, − early.</param>
public sealed record SchedulePhaseResponse(
    string Id,
    string Label,
    string Start,
    string End,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    string? Status = null,
    int DriftMinutes = 0);
