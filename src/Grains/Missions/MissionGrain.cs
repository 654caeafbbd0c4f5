using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Associations;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Missions;

/// <summary>Replays a known change, commits a new one (write, then tell the edition); the rules are <see cref="Mission"/>'s.</summary>
internal sealed partial class MissionGrain(
    [PersistentState("mission", StorageNames.Orchestrator)] IPersistentState<MissionState> state,
    IOptions<HealthOptions> healthOptions,
    EventClock time,
    ILogger<MissionGrain> logger) : Grain, IMissionGrain
{
    private EditionInfo? _edition;
    private HealthReview? _review;

    private Mission Mission
    {
        get
        {
            var (editionId, missionId) = MissionKey.Parse(this.GetPrimaryKeyString());
            return new Mission(editionId, missionId, state.State);
        }
    }

    private IEditionGrain EditionGrain => GrainFactory.GetGrain<IEditionGrain>(Mission.EditionId);

    /// <summary>Until the edition is loaded nothing counts as late: only staleness is judged.</summary>
    private HealthReview Review => _review ?? new HealthReview(null, healthOptions.Value.StaleAfter);

    public async Task<MissionDetail> Create(CreateMission command)
    {
        var mission = Mission;
        var now = time.Now;
        mission.Create(command, (await LoadEdition()).Format, now);
        await GrainFactory.GetGrain<IAssociationGrain>(command.Association.Id)
            .AddMission(command.Association.Name, command.Association.Cause, this.GetPrimaryKeyString());
        return await Commit(mission, now, help: null);
    }

    public async Task<MissionDetail?> Get()
    {
        if (!Mission.Exists)
        {
            return null;
        }

        await LoadEdition();
        return Mission.Detail(Review, time.Now);
    }

    public Task<MissionDetail> SetMilestone(string milestoneId, MilestoneStatus status, string? note, ChangeKey? key) =>
        Change(key, MissionOperation.Milestone(milestoneId, status), (m, now) => m.SetMilestone(milestoneId, status, note, now));

    public Task<MissionDetail> AddMember(NewVolunteer volunteer, ChangeKey? key) =>
        Change(key, MissionOperation.AddMember, (m, now) => m.AddMember(volunteer, NewId(), now));

    public async Task<HelpRequest> RequestHelp(string skill, string message, ChangeKey? key)
    {
        var mission = await RequireExists();
        if (await Replayed(mission, key, MissionOperation.RequestHelp) is { ResultId: { } previous })
        {
            return mission.HelpRequest(previous);
        }

        var now = time.Now;
        var id = mission.RequestHelp(skill, message, NewId(), now).ResultId!;
        mission.Remember(key, MissionOperation.RequestHelp, id, now);
        await Commit(mission, now, help: mission.HelpRequest(id));
        return mission.HelpRequest(id);
    }

    public Task<MissionDetail> SetHelpRequestStatus(string helpRequestId, HelpRequestStatus status, ChangeKey? key) =>
        Change(key, MissionOperation.HelpRequestStatus(helpRequestId, status), (m, _) => m.SetHelpRequestStatus(helpRequestId, status));

    public Task<MissionDetail> AddDeliverable(string title, string? link, ChangeKey? key) =>
        Change(key, MissionOperation.AddDeliverable, (m, now) => m.AddDeliverable(title, link, NewId(), now));

    public Task<MissionDetail> CheckInMember(string memberId, bool checkedIn, ChangeKey? key) =>
        Change(key, MissionOperation.CheckIn(memberId, checkedIn), (m, _) => m.CheckIn(memberId, checkedIn));

    public async Task<MissionDetail> EraseMember(string memberId)
    {
        var mission = await RequireExists();
        mission.EraseMember(memberId);
        return await Commit(mission, time.Now, help: null);
    }

    public async Task<MissionDetail> EraseLead()
    {
        var mission = await RequireExists();
        return mission.EraseLead().Changed
            ? await Commit(mission, time.Now, help: null)
            : mission.Detail(Review, time.Now) with { Unchanged = true };
    }

    private static string NewId() => Guid.NewGuid().ToString("n")[..12];

    /// <summary>
    /// The web host's replay middleware already answers a retried request from its own record, but that
    /// record is written after the grain answers: a crash in between would let the retry through. This
    /// ledger is stored atomically with the change itself, so such a retry still applies once.
    /// </summary>
    private async Task<MissionDetail> Change(ChangeKey? key, MissionOperation operation, Func<Mission, DateTimeOffset, MissionEdit> edit)
    {
        var mission = await RequireExists();
        if (await Replayed(mission, key, operation) is not null)
        {
            return mission.Detail(Review, time.Now) with { Unchanged = true };
        }

        var now = time.Now;
        var made = edit(mission, now);
        if (!made.Changed)
        {
            return mission.Detail(Review, now) with { Unchanged = true };
        }

        mission.Remember(key, operation, made.ResultId, now);
        return await Commit(mission, now, help: null);
    }

    private async Task<Mission> RequireExists()
    {
        var mission = Mission;
        mission.EnsureExists();
        await LoadEdition();
        return mission;
    }

    private async Task<EditionInfo> LoadEdition()
    {
        if (_edition is null)
        {
            _edition = await EditionGrain.GetInfo()
                ?? throw DomainRuleException.EditionNotFound(Mission.EditionId);
            _review = new HealthReview(new ScheduleClock(_edition.TimeZone, _edition.Days), healthOptions.Value.StaleAfter);
        }

        return _edition;
    }

    /// <summary>
    /// A key already applied: the change is not made again, but the edition is told the mission's
    /// current state once more, in case the first attempt failed between the two writes.
    /// </summary>
    private async Task<AppliedRequest?> Replayed(Mission mission, ChangeKey? key, MissionOperation operation)
    {
        var applied = mission.Applied(key, operation);
        if (applied is not null)
        {
            try
            {
                mission.ReportedAt(await EditionGrain.RecordMissionChange(new MissionChange(mission.Summary(Review, time.Now), null)));
            }
            catch (Exception ex)
            {
                LogReplayReportFailed(logger, ex, mission.Id, mission.EditionId, operation.ToString());
                throw;
            }
        }

        return applied;
    }

    /// <summary>Persist first, then tell the edition: the caller's answer means both are durable.</summary>
    private async Task<MissionDetail> Commit(Mission mission, DateTimeOffset now, HelpRequest? help)
    {
        mission.Advance(now);
        await this.WriteOrDeactivateAsync(state);
        mission.ReportedAt(await EditionGrain.RecordMissionChange(new MissionChange(mission.Summary(Review, now), help)));
        return mission.Detail(Review, now);
    }
}
