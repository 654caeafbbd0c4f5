namespace Orchestrator.Grains.Interfaces.Missions;

/// <summary>
/// One mission team of an edition, keyed by <see cref="MissionKey"/>. Every change is persisted, then
/// reported to the edition, before the call returns: an acknowledged change is durable.
/// An <c>idempotencyKey</c> makes a retried change apply once: the retry returns the mission without
/// changing it again.
/// </summary>
public interface IMissionGrain : IGrainWithStringKey
{
    Task<MissionDetail> Create(CreateMission command);

    Task<MissionDetail?> Get();

    Task<MissionDetail> SetMilestone(string milestoneId, MilestoneStatus status, string? note, string? idempotencyKey);

    Task<MissionDetail> AddMember(NewVolunteer volunteer, string? idempotencyKey);

    Task<HelpRequest> RequestHelp(string skill, string message, string? idempotencyKey);

    /// <summary>The desk acknowledges or resolves a help request; moves only forward (open → acknowledged → resolved).</summary>
    Task<MissionDetail> SetHelpRequestStatus(string helpRequestId, HelpRequestStatus status, string? idempotencyKey);

    Task<MissionDetail> AddDeliverable(string title, string? link, string? idempotencyKey);

    /// <summary>Marks a member present at the venue (or not); the counters do not change.</summary>
    Task<MissionDetail> CheckInMember(string memberId, bool checkedIn, string? idempotencyKey);

    /// <summary>Erases a volunteer (personal data): the member is removed, not hidden; the counters follow.</summary>
    Task<MissionDetail> EraseMember(string memberId);
}
