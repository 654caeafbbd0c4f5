using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Editions;

internal sealed class EditionDirectoryGrain(
    [PersistentState("edition-directory", StorageNames.Orchestrator)] IPersistentState<EditionDirectoryState> state) : Grain, IEditionDirectoryGrain
{
    public async Task Add(string editionId)
    {
        if (!state.State.EditionIds.Contains(editionId))
        {
            state.State.EditionIds.Add(editionId);
            await this.WriteOrDeactivateAsync(state);
        }
    }

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>(state.State.EditionIds.ToList());
}
