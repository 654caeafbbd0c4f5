namespace Orchestrator.WebHost.Api.Contracts;

public sealed record ImportCountsResponse(int Missions, int Associations, int Volunteers);
