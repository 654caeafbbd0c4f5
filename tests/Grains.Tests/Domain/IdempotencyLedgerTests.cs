using Orchestrator.Grains.Domain;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class IdempotencyLedgerTests
{
    private static readonly DateTimeOffset Now = new(2018, 11, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ledger_FindsARecordedKey_AndNotAnother()
    {
        var applied = new List<AppliedRequest>();
        IdempotencyLedger.Record(applied, new AppliedRequest("k1", "member", "m1", Now), Now);
        Assert.Equal("m1", IdempotencyLedger.Find(applied, "k1")?.ResultId);
        Assert.Null(IdempotencyLedger.Find(applied, "k2"));
        Assert.Null(IdempotencyLedger.Find(applied, null));
    }

    [Fact]
    public void Ledger_KeepsAtMostCapacity_DroppingTheOldest()
    {
        var applied = new List<AppliedRequest>();
        for (var i = 0; i <= IdempotencyLedger.Capacity; i++)
        {
            IdempotencyLedger.Record(applied, new AppliedRequest($"k{i}", "member", null, Now), Now);
        }

        Assert.Equal(IdempotencyLedger.Capacity, applied.Count);
        Assert.Null(IdempotencyLedger.Find(applied, "k0"));
        Assert.NotNull(IdempotencyLedger.Find(applied, $"k{IdempotencyLedger.Capacity}"));
    }

    [Fact]
    public void Ledger_ForgetsKeysOlderThanRetention()
    {
        var applied = new List<AppliedRequest> { new("old", "member", null, Now - IdempotencyLedger.RetainFor - TimeSpan.FromMinutes(1)) };
        IdempotencyLedger.Record(applied, new AppliedRequest("new", "member", null, Now), Now);
        Assert.Null(IdempotencyLedger.Find(applied, "old"));
    }
}
