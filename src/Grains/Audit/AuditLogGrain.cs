using Microsoft.Extensions.Logging;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Audit;

/// <summary>
/// Every accepted change of an edition appends here before it is answered, so appends interleave and share
/// a write (<see cref="GroupCommit{TEvent}"/>): an append joins the next write while one is in flight. A
/// full open page is sealed in the append's own turn, so pages are cut exactly every
/// <see cref="AuditPages.PageSize"/> entries whatever the interleaving; the write stores the pages sealed
/// since the last one before the log that counts them.
/// </summary>
internal sealed partial class AuditLogGrain(
    [PersistentState("audit-log", StorageNames.Orchestrator)] IPersistentState<AuditLogState> state,
    ILogger<AuditLogGrain> logger) : Grain, IAuditLogGrain
{
    /// <summary>What appends apply to: ahead of the store while a write is in flight or waiting.</summary>
    private AuditLogState _working = null!;

    /// <summary>The log as last stored: what <see cref="Recent"/> reads.</summary>
    private AuditLogState _durable = null!;

    /// <summary>Pages sealed since the last write began, in order: the next write stores them first.</summary>
    private List<(long Page, List<AuditEntry> Entries)> _sealed = [];

    private GroupCommit<AuditEntry> _commit = null!;

    private string EditionId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _durable = state.State;
        _working = state.State.Copy();
        _commit = new GroupCommit<AuditEntry>(Write, static _ => { });
        return Task.CompletedTask;
    }

    public Task Append(AuditEntry entry)
    {
        if (AuditPages.IsFull(_working.OpenPage.Count))
        {
            _sealed.Add((_working.SealedPages, _working.OpenPage));
            _working.SealedPages++;
            _working.OpenPage = [];
        }

        _working.OpenPage.Add(entry);
        return _commit.Commit([entry]);
    }

    public async Task<IReadOnlyList<AuditEntry>> Recent(int limit)
    {
        var s = _durable;
        var pages = AuditPages.PagesToRead(s.SealedPages, s.OpenPage.Count, limit).ToList();
        var sealedEntries = await Task.WhenAll(pages.Select(p => Page(p).Get()));
        var all = sealedEntries.Reverse().SelectMany(e => e).Concat(s.OpenPage).ToList();
        return all.Skip(Math.Max(0, all.Count - limit)).ToList();
    }

    /// <summary>
    /// Seals first: should that fail, the stored log still holds the whole open page and the next
    /// activation seals it again. A page past retention is dropped only once the log no longer counts it,
    /// so a read of the stored log never finds one of its pages gone.
    /// </summary>
    private async Task Write()
    {
        var seals = _sealed;
        _sealed = [];
        var stored = _working.Copy();
        state.State = stored;
        if (seals.Count > 0)
        {
            await this.StoreOrDeactivateAsync(() => Task.WhenAll(seals.Select(s => Page(s.Page).Store(s.Entries))));
        }

        await this.WriteOrDeactivateAsync(state);
        _durable = stored;
        foreach (var (page, _) in seals)
        {
            if (AuditPages.PageToDrop(page + 1) is { } old)
            {
                await Drop(old);
            }
        }
    }

    /// <summary>Past retention, best effort: the entries are stored either way, and a page left behind is never read.</summary>
    private async Task Drop(long page)
    {
        try
        {
            await Page(page).Clear();
        }
        catch (Exception ex)
        {
            LogPageDropFailed(logger, ex, EditionId, page);
        }
    }

    private IAuditPageGrain Page(long page) => GrainFactory.GetGrain<IAuditPageGrain>(AuditPages.PageKey(EditionId, page));

    [LoggerMessage(EventId = GrainEvents.AuditPageDropFailed, Level = LogLevel.Warning,
        Message = "Dropping audit page {Page} of edition {EditionId}, past retention, failed; it stays stored but is never read")]
    private static partial void LogPageDropFailed(ILogger logger, Exception exception, string editionId, long page);
}
