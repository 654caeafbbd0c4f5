using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Audit;

internal sealed class AuditLogGrain(
    [PersistentState("audit-log", StorageNames.Orchestrator)] IPersistentState<AuditLogState> state) : Grain, IAuditLogGrain
{
    private string EditionId => this.GetPrimaryKeyString();

    public async Task Append(AuditEntry entry)
    {
        var s = state.State;
        if (AuditPages.IsFull(s.OpenPage.Count))
        {
            // Seal first: if this write fails the open page is still whole and the next call seals again.
            await GrainFactory.GetGrain<IAuditPageGrain>(AuditPages.PageKey(EditionId, s.SealedPages)).Store(s.OpenPage);
            s.SealedPages++;
            s.OpenPage = [];
            if (AuditPages.PageToDrop(s.SealedPages) is { } old)
            {
                await GrainFactory.GetGrain<IAuditPageGrain>(AuditPages.PageKey(EditionId, old)).Clear();
            }
        }

        s.OpenPage.Add(entry);
        await state.WriteStateAsync();
    }

    public async Task<IReadOnlyList<AuditEntry>> Recent(int limit)
    {
        var s = state.State;
        var pages = AuditPages.PagesToRead(s.SealedPages, s.OpenPage.Count, limit).ToList();
        var sealedEntries = await Task.WhenAll(pages.Select(p => GrainFactory.GetGrain<IAuditPageGrain>(AuditPages.PageKey(EditionId, p)).Get()));
        var all = sealedEntries.Reverse().SelectMany(e => e).Concat(s.OpenPage).ToList();
        return all.Skip(Math.Max(0, all.Count - limit)).ToList();
    }
}
