using Microsoft.Extensions.Options;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Associations;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Missions;

internal sealed class MissionGrain(
    [PersistentState("mission", StorageNames.Orchestrator)] IPersistentState<MissionState> state,
    IOptions<HealthOptions> healthOptions,
    EventClock time) : Grain, IMissionGrain
{
    private EditionInfo? _edition;
    private ScheduleClock? _clock;

    private string EditionId => MissionKey.Parse(this.GetPrimaryKeyString()).EditionId;

    private string MissionId => MissionKey.Parse(this.GetPrimaryKeyString()).MissionId;

    private IEditionGrain Edition => GrainFactory.GetGrain<IEditionGrain>(EditionId);

    private bool Exists => state.State.Version > 0;

    public async Task<MissionDetail> Create(CreateMission command)
    {
        if (Exists)
        {
            throw DomainRuleException.Conflict($"Mission '{MissionId}' already exists in edition '{EditionId}'.");
        }

        var edition = await LoadEdition();
        var definitions = command.Milestones is { Count: > 0 } given ? given : DefaultMilestones.For(edition.Format);
        if (definitions.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() != definitions.Count)
        {
            throw DomainRuleException.Invalid("Milestone ids must be unique within a mission.");
        }

        var now = time.Now;
        state.State.Title = command.Title;
        state.State.Association = command.Association;
        state.State.LeadName = command.LeadName;
        state.State.Milestones = definitions.Select(d => new Milestone(d.Id, d.Label, MilestoneStatus.Todo, null, null)).ToList();
        state.State.CreatedAt = now;

        await GrainFactory.GetGrain<IAssociationGrain>(command.Association.Id)
            .AddMission(command.Association.Name, command.Association.Cause, this.GetPrimaryKeyString());
        return await Commit(now, help: null);
    }

    public async Task<MissionDetail?> Get()
    {
        if (!Exists)
        {
            return null;
        }

        await LoadEdition();
        return Detail();
    }

    public async Task<MissionDetail> SetMilestone(string milestoneId, MilestoneStatus status, string? note, ChangeKey? key)
    {
        await RequireExists();
        if (await Replayed(key, $"milestone:{milestoneId}:{status}") is not null)
        {
            return Detail();
        }

        var index = state.State.Milestones.FindIndex(m => m.Id == milestoneId);
        if (index < 0)
        {
            throw DomainRuleException.NotFound($"Mission '{MissionId}' has no milestone '{milestoneId}'.");
        }

        var current = state.State.Milestones[index];
        MilestoneMoves.EnsureAllowed(milestoneId, current.Status, status);
        var now = time.Now;
        state.State.Milestones[index] = current with { Status = status, Note = note, UpdatedAt = now };
        Remember(key, $"milestone:{milestoneId}:{status}", null, now);
        return await Commit(now, help: null);
    }

    public async Task<MissionDetail> AddMember(NewVolunteer volunteer, ChangeKey? key)
    {
        await RequireExists();
        if (await Replayed(key, "member") is not null)
        {
            return Detail();
        }

        var now = time.Now;
        var id = NewId();
        state.State.Members.Add(new Volunteer(id, volunteer.Name, volunteer.Company, volunteer.Remote, CheckedIn: false, now));
        Remember(key, "member", id, now);
        return await Commit(now, help: null);
    }

    public async Task<HelpRequest> RequestHelp(string skill, string message, ChangeKey? key)
    {
        await RequireExists();
        if (await Replayed(key, "help-request") is { ResultId: { } previous })
        {
            return state.State.HelpRequests.First(h => h.Id == previous);
        }

        var now = time.Now;
        var request = new HelpRequest(NewId(), MissionId, skill, message, HelpRequestStatus.Open, now);
        state.State.HelpRequests.Add(request);
        Remember(key, "help-request", request.Id, now);
        await Commit(now, help: request);
        return request;
    }

    public async Task<MissionDetail> SetHelpRequestStatus(string helpRequestId, HelpRequestStatus status, ChangeKey? key)
    {
        await RequireExists();
        var operation = $"help-request:{helpRequestId}:{status}";
        if (await Replayed(key, operation) is not null)
        {
            return Detail();
        }

        var index = state.State.HelpRequests.FindIndex(h => h.Id == helpRequestId);
        if (index < 0)
        {
            throw DomainRuleException.NotFound($"Mission '{MissionId}' has no help request '{helpRequestId}'.");
        }

        var current = state.State.HelpRequests[index];
        HelpRequestMoves.EnsureAllowed(helpRequestId, current.Status, status);
        if (current.Status == status)
        {
            return Detail();
        }

        var now = time.Now;
        state.State.HelpRequests[index] = current with { Status = status };
        Remember(key, operation, helpRequestId, now);
        return await Commit(now, help: null);
    }

    public async Task<MissionDetail> AddDeliverable(string title, string? link, ChangeKey? key)
    {
        await RequireExists();
        if (await Replayed(key, "deliverable") is not null)
        {
            return Detail();
        }

        if (state.State.Deliverables.Count >= MaxDeliverables)
        {
            throw DomainRuleException.Conflict($"Mission '{MissionId}' already has {MaxDeliverables} deliverables.");
        }

        var now = time.Now;
        var id = NewId();
        state.State.Deliverables.Add(new Deliverable(id, title, link, now));
        Remember(key, "deliverable", id, now);
        return await Commit(now, help: null);
    }

    public async Task<MissionDetail> CheckInMember(string memberId, bool checkedIn, ChangeKey? key)
    {
        await RequireExists();
        var operation = $"check-in:{memberId}:{checkedIn}";
        if (await Replayed(key, operation) is not null)
        {
            return Detail();
        }

        var index = state.State.Members.FindIndex(m => m.Id == memberId);
        if (index < 0)
        {
            throw DomainRuleException.NotFound($"Mission '{MissionId}' has no member '{memberId}'.");
        }

        var current = state.State.Members[index];
        if (current.CheckedIn == checkedIn)
        {
            return Detail();
        }

        var now = time.Now;
        state.State.Members[index] = current with { CheckedIn = checkedIn };
        Remember(key, operation, memberId, now);
        return await Commit(now, help: null);
    }

    public async Task<MissionDetail> EraseMember(string memberId)
    {
        await RequireExists();
        if (state.State.Members.RemoveAll(m => m.Id == memberId) == 0)
        {
            throw DomainRuleException.NotFound($"Mission '{MissionId}' has no member '{memberId}'.");
        }

        return await Commit(time.Now, help: null);
    }

    /// <summary>A bound on what one team can store: the mission is one grain state, written whole.</summary>
    private const int MaxDeliverables = 50;

    private static string NewId() => Guid.NewGuid().ToString("n")[..12];

    private async Task RequireExists()
    {
        if (!Exists)
        {
            throw DomainRuleException.NotFound($"Mission '{MissionId}' does not exist in edition '{EditionId}'.");
        }

        await LoadEdition();
    }

    private async Task<EditionInfo> LoadEdition()
    {
        if (_edition is null)
        {
            _edition = await Edition.GetInfo()
                ?? throw DomainRuleException.NotFound($"Edition '{EditionId}' does not exist.");
            _clock = new ScheduleClock(_edition.TimeZone, _edition.Days);
        }

        return _edition;
    }

    /// <summary>
    /// A key already applied: the change is not made again, but the edition is told the mission's
    /// current state once more, in case the first attempt failed between the two writes.
    /// </summary>
    private async Task<AppliedRequest?> Replayed(ChangeKey? key, string operation)
    {
        var applied = IdempotencyLedger.Find(state.State.AppliedRequests, key?.Scoped);
        if (applied is null)
        {
            return null;
        }

        if (applied.Operation != operation)
        {
            throw DomainRuleException.Conflict($"Idempotency-Key '{key!.Key}' was already used for another change.");
        }

        state.State.EditionVersion = await Edition.RecordMissionChange(new MissionChange(Summary(), null));
        return applied;
    }

    private void Remember(ChangeKey? key, string operation, string? resultId, DateTimeOffset now)
    {
        if (key is not null)
        {
            IdempotencyLedger.Record(state.State.AppliedRequests, new AppliedRequest(key.Scoped, operation, resultId, now), now);
        }
    }

    /// <summary>Persist first, then tell the edition: the caller's answer means both are durable.</summary>
    private async Task<MissionDetail> Commit(DateTimeOffset now, HelpRequest? help)
    {
        state.State.Version++;
        state.State.LastUpdateAt = now;
        await this.WriteOrDeactivateAsync(state);

        state.State.EditionVersion = await Edition.RecordMissionChange(new MissionChange(Summary(), help));
        return Detail();
    }

    private MissionHealth Health(DateTimeOffset now)
    {
        var milestones = state.State.Milestones;
        return HealthRules.Evaluate(
            milestones.Count(m => m.Status == MilestoneStatus.Done),
            milestones.Count,
            milestones.Any(m => m.Status == MilestoneStatus.Blocked),
            state.State.LastUpdateAt,
            now,
            _clock?.ElapsedFraction(now) ?? 0,
            healthOptions.Value.StaleAfter);
    }

    private MissionSummary Summary()
    {
        var s = state.State;
        var done = s.Milestones.Count(m => m.Status == MilestoneStatus.Done);
        var current = s.Milestones.FirstOrDefault(m => m.Status is MilestoneStatus.InProgress or MilestoneStatus.Blocked)
            ?? s.Milestones.FirstOrDefault(m => m.Status == MilestoneStatus.Todo);
        return new MissionSummary(
            MissionId,
            s.Title,
            s.Association!.Id,
            s.Association.Name,
            Progress.Percent(done, s.Milestones.Count),
            Health(time.Now),
            s.Version,
            s.LastUpdateAt,
            done,
            s.Milestones.Count,
            s.Members.Count,
            s.Members.Select(m => m.Company).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            s.HelpRequests.Count(h => h.Status != HelpRequestStatus.Resolved),
            current?.Label,
            s.Milestones.Any(m => m.Status == MilestoneStatus.Blocked),
            s.Deliverables.Count,
            s.Members.Count(m => m.CheckedIn));
    }

    private MissionDetail Detail()
    {
        var s = state.State;
        return new MissionDetail(
            EditionId,
            MissionId,
            s.Title,
            s.Association!,
            s.LeadName,
            s.Milestones.ToList(),
            s.Members.ToList(),
            s.HelpRequests.ToList(),
            s.Deliverables.ToList(),
            Progress.Percent(s.Milestones),
            Health(time.Now),
            s.Version,
            s.LastUpdateAt,
            s.EditionVersion);
    }
}
