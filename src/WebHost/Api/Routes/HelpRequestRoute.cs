namespace Orchestrator.WebHost.Api.Routes;

/// <summary><c>…/missions/{missionId}/help-requests/{helpRequestId}</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed record HelpRequestRoute(string EditionId, string MissionId, string HelpRequestId)
{
    public MissionRoute Mission => new(EditionId, MissionId);
}
