namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Start">HH:mm, edition time zone.</param>
/// <param name="End">HH:mm, edition time zone.</param>
public sealed record SchedulePhaseRequest(string? Id, string? Label, string? Start, string? End);
