using Orchestrator.Grains.Domain.Impact;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Impact;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Impact;

/// <summary>
/// Keeps the organiser's hourly value; the report itself is read fresh from the edition, its missions
/// (in parallel: companies and deliverables are only there) and the survey, so it never goes stale.
/// </summary>
internal sealed class ImpactGrain(
    [PersistentState("impact", StorageNames.Orchestrator)] IPersistentState<ImpactState> state) : Grain, IImpactGrain
{
    private string EditionId => this.GetPrimaryKeyString();

    public async Task<ImpactSettings> SetSettings(ImpactSettings settings)
    {
        await RequireSnapshot();
        state.State.HourlyValue = settings.HourlyValue;
        state.State.Currency = settings.HourlyValue is null ? null : settings.Currency;
        await this.WriteOrDeactivateAsync(state);
        return Settings();
    }

    public async Task<ImpactReport> GetReport()
    {
        var snapshot = await RequireSnapshot();
        var missions = Task.WhenAll(snapshot.Missions.Select(m => GrainFactory.GetGrain<IMissionGrain>(MissionKey.For(EditionId, m.Id)).Get()));
        var survey = GrainFactory.GetGrain<ISurveyGrain>(EditionId).GetSummary();
        return ImpactTally.Compute(snapshot.Info, (await missions).OfType<MissionDetail>().ToList(), await survey, Settings());
    }

    private ImpactSettings Settings() => new(state.State.HourlyValue, state.State.Currency);

    private async Task<EditionSnapshot> RequireSnapshot() =>
        await GrainFactory.GetGrain<IEditionGrain>(EditionId).GetSnapshot()
        ?? throw DomainRuleException.EditionNotFound(EditionId);
}
