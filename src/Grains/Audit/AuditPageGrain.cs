using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Audit;

internal sealed class AuditPageGrain(
    [PersistentState("audit-page", StorageNames.Orchestrator)] IPersistentState<AuditPageState> state) : Grain, IAuditPageGrain
{
    public async Task Store(IReadOnlyList<AuditEntry> entries)
    {
        state.State.Entries = [.. entries];
        await state.WriteStateAsync();

        // Sealed for good: read again only when someone opens the trail that far back.
        DeactivateOnIdle();
    }

    public Task<IReadOnlyList<AuditEntry>> Get() => Task.FromResult<IReadOnlyList<AuditEntry>>(state.State.Entries.ToList());

    public async Task Clear()
    {
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }
}
