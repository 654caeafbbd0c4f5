using Orchestrator.Grains.Interfaces.Requests;

namespace Orchestrator.Grains.Interfaces.Missions;

/// <summary>
/// One mission team of an edition, keyed by <see cref="MissionKey"/>. Every change is persisted, then
/// reported to the edition, before the call returns: an acknowledged change is durable.
/// A <see cref="ChangeKey"/> makes a retried change apply once: the retry returns the mission without
/// changing it again.
/// </summary>
public interface IMissionGrain : IGrainWithStringKey
{
    Task<MissionDetail> Create(CreateMission command);

    Task<MissionDetail?> Get();

    Task<MissionDetail> SetMilestone(string milestoneId, MilestoneStatus status, string? note, ChangeKey? key);

    Task<MissionDetail> AddMember(NewVolunteer volunteer, ChangeKey? key);

    Task<HelpRequest> RequestHelp(string skill, string message, ChangeKey? key);

    /// <summary>The desk acknowledges or resolves a help request; moves only forward (open → acknowledged → resolved).</summary>
    Task<MissionDetail> SetHelpRequestStatus(string helpRequestId, HelpRequestStatus status, ChangeKey? key);

    Task<MissionDetail> AddDeliverable(string title, string? link, ChangeKey? key);

    /// <summary>Marks a member present at the venue (or not); the counters do not change.</summary>
    Task<MissionDetail> CheckInMember(string memberId, bool checkedIn, ChangeKey? key);

    /// <summary>Erases a volunteer (personal data): the member is removed, not hidden; the counters follow.</summary>
    Task<MissionDetail> EraseMember(string memberId);

    /// <summary>Erases the lead's name (the lead is a volunteer too); the lead's link keeps working.</summary>
    Task<MissionDetail> EraseLead();
}
