using System.Reflection;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orleans.Concurrency;

namespace Orchestrator.Grains.Tests.Contract;

/// <summary>
/// Issue 16: the edition's and the mission's calls (but a mission's creation) and the audit trail's appends interleave, so changes arriving during a write
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

    public static TheoryData<string> MissionMethods() =>
        [.. typeof(IMissionGrain).GetMethods().Select(m => m.Name).Where(m => m != nameof(IMissionGrain.Create))];

    [Theory]
    [MemberData(nameof(MissionMethods))]
    public void MissionMethod_Interleaves(string method) =>
        Assert.NotNull(typeof(IMissionGrain).GetMethod(method)!.GetCustomAttribute<AlwaysInterleaveAttribute>());

    /// <summary>Two creations in a row: the second must find the first made, not make it again.</summary>
    [Fact]
    public void MissionCreation_DoesNotInterleave() =>
        Assert.Null(typeof(IMissionGrain).GetMethod(nameof(IMissionGrain.Create))!.GetCustomAttribute<AlwaysInterleaveAttribute>());

    [Fact]
    public void AuditAppend_Interleaves() =>
        Assert.NotNull(typeof(IAuditLogGrain).GetMethod(nameof(IAuditLogGrain.Append))!.GetCustomAttribute<AlwaysInterleaveAttribute>());
}
