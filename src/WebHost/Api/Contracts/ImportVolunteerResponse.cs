namespace Orchestrator.WebHost.Api.Contracts;

public sealed record ImportVolunteerResponse(int Line, string Name, string Company, bool Remote);
