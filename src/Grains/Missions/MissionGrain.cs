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

/// <summary>
/// Replays a known change, commits a new one (write, then tell the edition); the rules are <see cref="Mission"/>'s.
/// <para>
/// Changes interleave (<c>[AlwaysInterleave]</c> on the contract), as the edition's do: each applies itself
/// to the working state in its own turn, which gives it the next version, then awaits a group commit
/// (<see cref="GroupCommit{TEvent}"/>) shared with every change applied while the previous one was being
/// stored and reported. So a busy team's updates (a script, a CSV import, a desk and a lead at once) no
/// longer queue one write and one report each: one write and one report carry them all, and the edition
/// still gives each change its own version. A change is answered once the write and the report covering
/// it are done. Reads and answers that change nothing
/// come from the state last stored.
/// </para>
/// </summary>
internal sealed partial class MissionGrain(
    [PersistentState("mission", StorageNames.Orchestrator)] IPersistentState<MissionState> state,
    IOptions<HealthOptions> healthOptions,
    EventClock time,
    ILogger<MissionGrain> logger) : Grain, IMissionGrain
{
    private EditionInfo? _edition;
    private HealthReview? _review;
    private string _editionId = "";
    private string _missionId = "";

    /// <summary>What changes apply to: ahead of the store while a write is in flight or waiting.</summary>
    private MissionState _working = null!;

    /// <summary>The state as last stored (and reported, unless that report failed): what reads answer from.</summary>
    private MissionState _durable = null!;

    private GroupCommit<MissionChange> _commit = null!;

    /// <summary>The edition version that took each change of the last report, by the mission version it gave: its caller's answer.</summary>
    private readonly Dictionary<long, long> _reportedAt = [];

    private Mission Working => new(_editionId, _missionId, _working);

    private Mission Durable => new(_editionId, _missionId, _durable);

    private IEditionGrain EditionGrain => GrainFactory.GetGrain<IEditionGrain>(_editionId);

    /// <summary>Until the edition is loaded nothing counts as late: only staleness is judged.</summary>
    private HealthReview Review => _review ?? new HealthReview(null, healthOptions.Value.StaleAfter);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_editionId, _missionId) = MissionKey.Parse(this.GetPrimaryKeyString());
        _durable = state.State;
        _working = state.State.Copy();
        _commit = new GroupCommit<MissionChange>(Write, static _ => { });
        return Task.CompletedTask;
    }

    /// <summary>Not interleaved: a second creation waits for the first, then finds the mission there.</summary>
    public async Task<MissionDetail> Create(CreateMission command)
    {
        var mission = Working;
        var now = time.Now;
        mission.Create(command, (await LoadEdition()).Format, now);
        await GrainFactory.GetGrain<IAssociationGrain>(command.Association.Id)
            .AddMission(command.Association.Name, command.Association.Cause, this.GetPrimaryKeyString());
        return await Commit(mission, now, help: null);
    }

    public async Task<MissionDetail?> Get()
    {
        if (!Durable.Exists)
        {
            return null;
        }

        await LoadEdition();
        return Durable.Detail(Review, time.Now);
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
            return Durable.HelpRequest(previous);
        }

        var now = time.Now;
        var id = mission.RequestHelp(skill, message, NewId(), now).ResultId!;
        mission.Remember(key, MissionOperation.RequestHelp, id, now);
        var help = mission.HelpRequest(id);
        await Commit(mission, now, help);
        return help;
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
            : await Unchanged();
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
            return await Unchanged();
        }

        var now = time.Now;
        var made = edit(mission, now);
        if (!made.Changed)
        {
            return await Unchanged();
        }

        mission.Remember(key, operation, made.ResultId, now);
        return await Commit(mission, now, help: null);
    }

    /// <summary>A call that changed nothing answers once every change before it is stored, from the stored state.</summary>
    private async Task<MissionDetail> Unchanged()
    {
        await _commit.WhenDurable();
        return Durable.Detail(Review, time.Now) with { Unchanged = true };
    }

    private async Task<Mission> RequireExists()
    {
        var mission = Working;
        mission.EnsureExists();
        await LoadEdition();
        return mission;
    }

    private async Task<EditionInfo> LoadEdition()
    {
        if (_edition is null)
        {
            var edition = await EditionGrain.GetInfo()
                ?? throw DomainRuleException.NotFound($"Edition '{_editionId}' does not exist.");
            _review = new HealthReview(new ScheduleClock(edition.TimeZone, edition.Days), healthOptions.Value.StaleAfter);
            _edition = edition;
        }

        return _edition;
    }

    /// <summary>
    /// A key already applied: the change is not made again, but the edition is told the mission's
    /// stored state once more (once the change is stored), in case the first attempt failed between the
    /// write and the report.
    /// </summary>
    private async Task<AppliedRequest?> Replayed(Mission mission, ChangeKey? key, MissionOperation operation)
    {
        var applied = mission.Applied(key, operation);
        if (applied is not null)
        {
            try
            {
                await _commit.WhenDurable();
                ReportedAt((await EditionGrain.RecordMissionChanges([new MissionChange(Durable.Summary(Review, time.Now), null)]))[0]);
            }
            catch (Exception ex)
            {
                LogReplayReportFailed(logger, ex, _missionId, _editionId, operation.ToString());
                throw;
            }
        }

        return applied;
    }

    /// <summary>The change is applied to the working state: its answer as of now, given once it is stored and reported.</summary>
    private async Task<MissionDetail> Commit(Mission mission, DateTimeOffset now, HelpRequest? help)
    {
        mission.Advance(now);
        var detail = mission.Detail(Review, now);
        await _commit.Commit([new MissionChange(mission.Summary(Review, now), help)]);
        return detail with { EditionVersion = _reportedAt.Remove(detail.Version, out var reported) ? reported : _durable.EditionVersion };
    }

    /// <summary>
    /// Persist first, then tell the edition, for every change applied since the last write. A failed
    /// report drops the activation like a failed write: the next call reads the stored mission, and a
    /// retry (its key is stored) reports it again.
    /// </summary>
    private async Task Write(IReadOnlyList<MissionChange> changes)
    {
        var stored = _working.Copy();
        state.State = stored;
        await this.WriteOrDeactivateAsync(state);
        _durable = stored;
        IReadOnlyList<long> reported = [];
        await this.StoreOrDeactivateAsync(async () => reported = await EditionGrain.RecordMissionChanges(changes));
        for (var i = 0; i < changes.Count; i++)
        {
            _reportedAt[changes[i].Summary.Version] = reported[i];
        }

        ReportedAt(reported[^1]);
    }

    /// <summary>The edition version that holds the mission's latest stored state, stored with its next write.</summary>
    private void ReportedAt(long editionVersion)
    {
        Durable.ReportedAt(editionVersion);
        Working.ReportedAt(editionVersion);
    }
}
