namespace Orchestrator.WebHost.Api.Routes;

/// <summary><c>…/missions/{missionId}/members/{memberId}</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed record MemberRoute(string EditionId, string MissionId, string MemberId)
{
    public MissionRoute Mission => new(EditionId, MissionId);
}
