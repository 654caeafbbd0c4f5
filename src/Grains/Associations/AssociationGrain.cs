using Orchestrator.Grains.Interfaces.Associations;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Associations;

internal sealed class AssociationGrain(
    [PersistentState("association", StorageNames.Orchestrator)] IPersistentState<AssociationState> state) : Grain, IAssociationGrain
{
    public async Task<AssociationProfile> AddMission(string name, string? cause, string missionKey)
    {
        var changed = state.State.Name != name || (cause is not null && state.State.Cause != cause);
        state.State.Name = name;
        state.State.Cause = cause ?? state.State.Cause;
        if (!state.State.MissionKeys.Contains(missionKey))
        {
            state.State.MissionKeys.Add(missionKey);
            changed = true;
        }

        if (changed)
        {
            await this.WriteOrDeactivateAsync(state);
        }

        return Profile();
    }

    public Task<AssociationProfile?> Get() =>
        Task.FromResult(state.RecordExists ? Profile() : null);

    private AssociationProfile Profile() =>
        new(this.GetPrimaryKeyString(), state.State.Name, state.State.Cause, state.State.MissionKeys.ToList());
}
