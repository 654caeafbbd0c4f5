namespace Orchestrator.WebHost.Api.Contracts;

public sealed record SchedulePhaseResponse(string Id, string Label, string Start, string End);
