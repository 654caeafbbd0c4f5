namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Members">Names are present only for the admin and the mission's own lead and team.</param>
/// <param name="Pinned">In the hub's <c>JoinMission</c> answer: what the page shows pinned (every team's, then the mission's).</param>
/// <param name="LeadToken">Only in the answer to the mission's creation: it is shown once.</param>
public sealed record MissionResponse(
    string EditionId,
    string Id,
    string Title,
    AssociationResponse Association,
    LeadResponse Lead,
    IReadOnlyList<MilestoneResponse> Milestones,
    IReadOnlyList<MemberResponse> Members,
    IReadOnlyList<HelpRequestResponse> HelpRequests,
    IReadOnlyList<DeliverableResponse> Deliverables,
    int Progress,
    string Health,
    long Version,
    long EditionVersion,
    DateTimeOffset LastUpdateAt,
    string? LeadToken = null,
    IReadOnlyList<AnnouncementResponse>? Pinned = null);
