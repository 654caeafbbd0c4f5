using Orchestrator.Grains.Interfaces.Requests;
using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Missions;

/// <summary>
/// One mission team of an edition, keyed by <see cref="MissionKey"/>. Every change is persisted, then
/// reported to the edition, before the call returns: an acknowledged change is durable.
/// A <see cref="ChangeKey"/> makes a retried change apply once: the retry returns the mission without
/// changing it again.
/// <para>
/// Every method but <see cref="Create"/> is <c>[AlwaysInterleave]</c>: a change takes the mission's next
/// version in its first turn and then waits for a write (and a report to the edition) it shares with the
/// changes that came while the previous one was in flight, so a busy team's updates do not queue one write
/// each. Reads answer from the state last stored.
/// </para>
/// </summary>
public interface IMissionGrain : IGrainWithStringKey
{
    Task<MissionDetail> Create(CreateMission command);

    [AlwaysInterleave]
    Task<MissionDetail?> Get();

    [AlwaysInterleave]
    Task<MissionDetail> SetMilestone(string milestoneId, MilestoneStatus status, string? note, ChangeKey? key);

    [AlwaysInterleave]
    Task<MissionDetail> AddMember(NewVolunteer volunteer, ChangeKey? key);

    [AlwaysInterleave]
    Task<HelpRequest> RequestHelp(string skill, string message, ChangeKey? key);

    /// <summary>The desk acknowledges or resolves a help request; moves only forward (open → acknowledged → resolved).</summary>
    [AlwaysInterleave]
    Task<MissionDetail> SetHelpRequestStatus(string helpRequestId, HelpRequestStatus status, ChangeKey? key);

    [AlwaysInterleave]
    Task<MissionDetail> AddDeliverable(string title, string? link, ChangeKey? key);

    /// <summary>Marks a member present at the venue (or not); the counters do not change.</summary>
    [AlwaysInterleave]
    Task<MissionDetail> CheckInMember(string memberId, bool checkedIn, ChangeKey? key);

    /// <summary>Erases a volunteer (personal data): the member is removed, not hidden; the counters follow.</summary>
    [AlwaysInterleave]
    Task<MissionDetail> EraseMember(string memberId);

    /// <summary>Erases the lead's name (the lead is a volunteer too); the lead's link keeps working.</summary>
    [AlwaysInterleave]
    Task<MissionDetail> EraseLead();
}
