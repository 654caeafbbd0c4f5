using System.Reflection;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orleans.Concurrency;

namespace Orchestrator.Grains.Tests.Contract;

/// <summary>
/// Reads of state with no side effect are <c>[ReadOnly]</c>, so a room of screens fetching the edition's
/// snapshot at once never queue one behind another (issue 11). <c>IMissionGrain.Get</c> is left out on
/// purpose: it caches its edition's info on first use.
/// </summary>
public sealed class ReadOnlyReadsTests
{
    public static TheoryData<Type, string> Reads => new()
    {
        { typeof(IEditionGrain), nameof(IEditionGrain.GetSnapshot) },
        { typeof(IEditionGrain), nameof(IEditionGrain.GetInfo) },
        { typeof(IEditionGrain), nameof(IEditionGrain.GetAnnouncements) },
        { typeof(IAccessTokenGrain), nameof(IAccessTokenGrain.Get) },
        { typeof(IEditionDirectoryGrain), nameof(IEditionDirectoryGrain.List) },
        { typeof(IEventDayGrain), nameof(IEventDayGrain.Get) },
        { typeof(IAuditLogGrain), nameof(IAuditLogGrain.Recent) },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public void SnapshotRead_IsReadOnly_SoReadsDoNotQueueBehindEachOther(Type grain, string method) =>
        Assert.NotNull(grain.GetMethod(method)!.GetCustomAttribute<ReadOnlyAttribute>());

    [Fact]
    public void EditionChanges_AreNotReadOnly()
    {
        foreach (var method in new[] { nameof(IEditionGrain.Create), nameof(IEditionGrain.RecordMissionChange), nameof(IEditionGrain.Announce), nameof(IEditionGrain.Reveal) })
        {
            Assert.Null(typeof(IEditionGrain).GetMethod(method)!.GetCustomAttribute<ReadOnlyAttribute>());
        }
    }
}
