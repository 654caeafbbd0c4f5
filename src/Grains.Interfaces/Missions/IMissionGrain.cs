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

    /// <summary>Erases a volunteer (personal data): the member is removed, not hidden; the counters follow.</summary>
    Task<MissionDetail> EraseMember(string memberId);
}
