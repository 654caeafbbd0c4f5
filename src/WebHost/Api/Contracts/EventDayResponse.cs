namespace Orchestrator.WebHost.Api.Contracts;

public sealed record EventDayResponse(string Date, string Label, string Start, string End);
