using System.Reflection;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.Grains.Interfaces.Editions;
using Orleans.Concurrency;

namespace Orchestrator.Grains.Tests.Contract;

/// <summary>
/// Issue 16: the edition's calls and the audit trail's appends interleave, so changes arriving during a write
/// share the next one (group commit) instead of queueing a write each, and reads never wait behind a write.
/// Every method is checked, so a new one cannot slip back to one write at a time.
/// </summary>
public sealed class GroupCommitContractTests
{
    public static TheoryData<string> EditionMethods() => [.. typeof(IEditionGrain).GetMethods().Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(EditionMethods))]
    public void EditionMethod_Interleaves(string method) =>
        Assert.NotNull(typeof(IEditionGrain).GetMethod(method)!.GetCustomAttribute<AlwaysInterleaveAttribute>());

    [Fact]
    public void AuditAppend_Interleaves() =>
        Assert.NotNull(typeof(IAuditLogGrain).GetMethod(nameof(IAuditLogGrain.Append))!.GetCustomAttribute<AlwaysInterleaveAttribute>());
}
