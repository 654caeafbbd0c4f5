namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Date">yyyy-MM-dd.</param>
/// <param name="Start">HH:mm local time; default 09:00.</param>
/// <param name="End">HH:mm local time; default 18:00.</param>
public sealed record EventDayRequest(string? Date, string? Label, string? Start, string? End);
