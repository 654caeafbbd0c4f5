namespace Orchestrator.WebHost.Api.Contracts;

public sealed record MissionOutcomeResponse(
    string Id, string Title, string AssociationName, int Progress, bool Completed, int Volunteers);
