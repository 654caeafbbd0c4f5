namespace Orchestrator.WebHost.Api.Routes;

/// <summary><c>…/missions/{missionId}/milestones/{milestoneId}</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed record MilestoneRoute(string EditionId, string MissionId, string MilestoneId)
{
    public MissionRoute Mission => new(EditionId, MissionId);
}
