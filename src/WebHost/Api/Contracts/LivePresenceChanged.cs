namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>
/// <c>PresenceChanged</c>: who of a mission's team has its page open, across every web host. Sent only
/// to the mission's admin, lead and team connections (it names volunteers). Keep the highest <c>sequence</c>.
/// </summary>
public sealed record LivePresenceChanged(string EditionId, string MissionId, long Sequence, IReadOnlyList<PresentMemberResponse> Present, int Count);
