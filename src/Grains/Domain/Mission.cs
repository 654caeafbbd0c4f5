using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// One mission's rules over its stored state: what a change may do, what is a no-op, the caps, the
/// idempotency ledger and what the edition and the pages are shown. No I/O: the grain loads, writes and tells.
/// </summary>
public sealed class Mission(string editionId, string missionId, MissionState state)
{
    /// <summary>Bounds on what one team can store: the mission is one grain state, written whole.</summary>
    public const int MaxDeliverables = 50;

    /// <summary>Several times a team (the CSV import allows 50 per row): room for any event, not for a runaway script.</summary>
    public const int MaxMembers = 500;

    /// <summary>Kept, resolved ones included, for the day's history.</summary>
    public const int MaxHelpRequests = 500;

    public string EditionId => editionId;

    public string Id => missionId;

    public bool Exists => state.Version > 0;

    public void EnsureExists()
    {
        if (!Exists)
        {
            throw DomainRuleException.MissionNotFound(editionId, missionId);
        }
    }

    public void Create(CreateMission command, EditionFormat format, DateTimeOffset now)
    {
        if (Exists)
        {
            throw DomainRuleException.Conflict($"Mission '{missionId}' already exists in edition '{editionId}'.");
        }

        var definitions = command.Milestones is { Count: > 0 } given ? given : DefaultMilestones.For(format);
        if (definitions.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() != definitions.Count)
        {
            throw DomainRuleException.Invalid("Milestone ids must be unique within a mission.");
        }

        state.Title = command.Title;
        state.Association = command.Association;
        state.LeadName = command.LeadName;
        state.Milestones = definitions.Select(d => new Milestone(d.Id, d.Label, MilestoneStatus.Todo, null, null)).ToList();
        state.CreatedAt = now;
    }

    /// <summary>
    /// A change even to the same status when the note differs (the note is news to the desk); the same status
    /// and the same note again is a no-op, so repeating it cannot flush the audit trail.
    /// </summary>
    public MissionEdit SetMilestone(string milestoneId, MilestoneStatus status, string? note, DateTimeOffset now)
    {
        var index = IndexOf(state.Milestones, m => m.Id == milestoneId, "milestone", milestoneId);
        var current = state.Milestones[index];
        MilestoneMoves.EnsureAllowed(milestoneId, current.Status, status);
        if (current.Status == status && current.Note == note)
        {
            return MissionEdit.None;
        }

        state.Milestones[index] = current with { Status = status, Note = note, UpdatedAt = now };
        return MissionEdit.Made();
    }

    public MissionEdit AddMember(NewVolunteer volunteer, string id, DateTimeOffset now)
    {
        EnsureRoom(state.Members.Count, MaxMembers, "members");
        state.Members.Add(new Volunteer(id, volunteer.Name, volunteer.Company, volunteer.Remote, CheckedIn: false, now));
        return MissionEdit.Made(id);
    }

    public MissionEdit CheckIn(string memberId, bool checkedIn)
    {
        var index = IndexOf(state.Members, m => m.Id == memberId, "member", memberId);
        var current = state.Members[index];
        if (current.CheckedIn == checkedIn)
        {
            return MissionEdit.None;
        }

        state.Members[index] = current with { CheckedIn = checkedIn };
        return MissionEdit.Made(memberId);
    }

    public MissionEdit EraseMember(string memberId)
    {
        if (state.Members.RemoveAll(m => m.Id == memberId) == 0)
        {
            throw NoSuch("member", memberId);
        }

        return MissionEdit.Made();
    }

    /// <summary>The lead is a volunteer too: their name goes, the mission and its lead link stay.</summary>
    public MissionEdit EraseLead()
    {
        if (state.LeadName.Length == 0)
        {
            return MissionEdit.None;
        }

        state.LeadName = "";
        return MissionEdit.Made();
    }

    public MissionEdit RequestHelp(string skill, string message, string id, DateTimeOffset now)
    {
        EnsureRoom(state.HelpRequests.Count, MaxHelpRequests, "help requests");
        state.HelpRequests.Add(new HelpRequest(id, missionId, skill, message, HelpRequestStatus.Open, now));
        return MissionEdit.Made(id);
    }

    public HelpRequest HelpRequest(string helpRequestId) =>
        state.HelpRequests[IndexOf(state.HelpRequests, h => h.Id == helpRequestId, "help request", helpRequestId)];

    public MissionEdit SetHelpRequestStatus(string helpRequestId, HelpRequestStatus status)
    {
        var index = IndexOf(state.HelpRequests, h => h.Id == helpRequestId, "help request", helpRequestId);
        var current = state.HelpRequests[index];
        HelpRequestMoves.EnsureAllowed(helpRequestId, current.Status, status);
        if (current.Status == status)
        {
            return MissionEdit.None;
        }

        state.HelpRequests[index] = current with { Status = status };
        return MissionEdit.Made(helpRequestId);
    }

    public MissionEdit AddDeliverable(string title, string? link, string id, DateTimeOffset now)
    {
        EnsureRoom(state.Deliverables.Count, MaxDeliverables, "deliverables");
        state.Deliverables.Add(new Deliverable(id, title, link, now));
        return MissionEdit.Made(id);
    }

    /// <summary>
    /// The change this key already made, or null for a new key; a key already used for another
    /// operation is refused rather than silently answered with the first change.
    /// </summary>
    public AppliedRequest? Applied(ChangeKey? key, MissionOperation operation)
    {
        var applied = IdempotencyLedger.Find(state.AppliedRequests, key?.Scoped);
        if (applied is not null && applied.Operation != operation.ToString())
        {
            throw DomainRuleException.Conflict($"Idempotency-Key '{key!.Key}' was already used for another change.");
        }

        return applied;
    }

    public void Remember(ChangeKey? key, MissionOperation operation, string? resultId, DateTimeOffset now)
    {
        if (key is not null)
        {
            IdempotencyLedger.Record(state.AppliedRequests, new AppliedRequest(key.Scoped, operation.ToString(), resultId, now), now);
        }
    }

    /// <summary>A change was made: the mission's own version rises by one.</summary>
    public void Advance(DateTimeOffset now)
    {
        state.Version++;
        state.LastUpdateAt = now;
    }

    /// <summary>The edition version that reported this mission's latest state, returned to the caller.</summary>
    public void ReportedAt(long editionVersion) => state.EditionVersion = editionVersion;

    /// <summary>The milestone the team works on: the first in progress or blocked, else the first to do.</summary>
    public Milestone? CurrentMilestone =>
        state.Milestones.FirstOrDefault(m => m.Status is MilestoneStatus.InProgress or MilestoneStatus.Blocked)
        ?? state.Milestones.FirstOrDefault(m => m.Status == MilestoneStatus.Todo);

    public MissionHealth Health(HealthReview review, DateTimeOffset now) =>
        review.Judge(MilestonesDone, state.Milestones.Count, HasBlockedMilestone, state.LastUpdateAt, now);

    public MissionSummary Summary(HealthReview review, DateTimeOffset now) => new(
        missionId,
        state.Title,
        state.Association!.Id,
        state.Association.Name,
        Progress.Percent(MilestonesDone, state.Milestones.Count),
        Health(review, now),
        state.Version,
        state.LastUpdateAt,
        MilestonesDone,
        state.Milestones.Count,
        state.Members.Count,
        state.Members.Select(m => m.Company).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        state.HelpRequests.Count(h => h.Status != HelpRequestStatus.Resolved),
        CurrentMilestone?.Label,
        HasBlockedMilestone,
        state.Deliverables.Count,
        state.Members.Count(m => m.CheckedIn));

    public MissionDetail Detail(HealthReview review, DateTimeOffset now) => new(
        editionId,
        missionId,
        state.Title,
        state.Association!,
        state.LeadName,
        state.Milestones.ToList(),
        state.Members.ToList(),
        state.HelpRequests.ToList(),
        state.Deliverables.ToList(),
        Progress.Percent(state.Milestones),
        Health(review, now),
        state.Version,
        state.LastUpdateAt,
        state.EditionVersion);

    private int MilestonesDone => state.Milestones.Count(m => m.Status == MilestoneStatus.Done);

    private bool HasBlockedMilestone => state.Milestones.Any(m => m.Status == MilestoneStatus.Blocked);

    private int IndexOf<T>(List<T> items, Predicate<T> match, string what, string id)
    {
        var index = items.FindIndex(match);
        return index >= 0 ? index : throw NoSuch(what, id);
    }

    private DomainRuleException NoSuch(string what, string id) =>
        DomainRuleException.NotFound($"Mission '{missionId}' has no {what} '{id}'.");

    private void EnsureRoom(int count, int cap, string what)
    {
        if (count >= cap)
        {
            throw DomainRuleException.Conflict($"Mission '{missionId}' already has {cap} {what}.");
        }
    }
}
