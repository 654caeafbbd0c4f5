namespace Orchestrator.Grains.Domain;

/// <summary>
/// How an edition's audit trail is cut: the open page takes <see cref="PageSize"/> entries, then is
/// sealed; <see cref="PagesKept"/> sealed pages are kept (with the open one, at least 5,000 entries).
/// The open page is stored again with every write of the log, so it is kept small: 50 entries (~8 KB)
/// rather than 200 (~34 KB), which at 1,000 changes a second wrote ~9 MB/s. A trail cut into bigger
/// pages by an earlier version reads on: its pages are only read more than needed, and kept longer.
/// </summary>
public static class AuditPages
{
    public const int PageSize = 50;
    public const int PagesKept = 100;

    public static bool IsFull(int entries) => entries >= PageSize;

    /// <summary>The sealed page to drop once page <paramref name="sealedCount"/> - 1 is sealed, if any.</summary>
    public static long? PageToDrop(long sealedCount) => sealedCount > PagesKept ? sealedCount - PagesKept - 1 : null;

    /// <summary>The sealed pages to read, newest first, for up to <paramref name="limit"/> entries beyond the open page.</summary>
    public static IEnumerable<long> PagesToRead(long sealedCount, int openEntries, int limit)
    {
        var needed = limit - openEntries;
        var oldestKept = Math.Max(0, sealedCount - PagesKept);
        for (var page = sealedCount - 1; page >= oldestKept && needed > 0; page--, needed -= PageSize)
        {
            yield return page;
        }
    }

    public static string PageKey(string editionId, long page) => $"{editionId}/{page}";
}
