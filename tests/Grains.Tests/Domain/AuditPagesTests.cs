using Orchestrator.Grains.Domain;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class AuditPagesTests
{
    [Fact]
    public void Pages_KeepAtLeast5000Entries_AndDropTheOldest()
    {
        Assert.True(AuditPages.PageSize * AuditPages.PagesKept >= 5000);
        Assert.Null(AuditPages.PageToDrop(AuditPages.PagesKept));
        Assert.Equal(0, AuditPages.PageToDrop(AuditPages.PagesKept + 1));
    }

    [Fact]
    public void PagesToRead_AreNewestFirst_OnlyAsManyAsNeeded_NeverDropped()
    {
        Assert.Empty(AuditPages.PagesToRead(sealedCount: 3, openEntries: 50, limit: 50));
        Assert.Equal([2L], AuditPages.PagesToRead(3, 50, 51));
        Assert.Equal([2L, 1L, 0L], AuditPages.PagesToRead(3, 0, 5000));
        Assert.Equal(AuditPages.PagesKept, AuditPages.PagesToRead(300, 0, 100_000).Count());
        Assert.Equal(300L - AuditPages.PagesKept, AuditPages.PagesToRead(300, 0, 100_000).Last());
    }
}
