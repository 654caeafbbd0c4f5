namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>Hub event <c>ScheduleChanged</c>: a day's schedule or run of show moved; <c>Schedule</c> is the day as <c>GET …/days/{date}</c> gives it.</summary>
public sealed record LiveScheduleChanged(string EditionId, long Version, DayScheduleResponse Schedule);
