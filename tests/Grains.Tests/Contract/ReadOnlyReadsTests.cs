using System.Reflection;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orleans.Concurrency;

namespace Orchestrator.Grains.Tests.Contract;

/// <summary>
/// Reads of state with no side effect are <c>[ReadOnly]</c>, so a room of screens fetching the edition's
/// snapshot at once never queue one behind another (issue 11). Every read of the contract is checked,
/// so a new one cannot slip through; the few that change their grain say why.
/// </summary>
public sealed class ReadOnlyReadsTests
{
    /// <summary>Reads that change what their grain holds, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotReadOnly = new(StringComparer.Ordinal)
    {
        [$"{nameof(IMissionGrain)}.{nameof(IMissionGrain.Get)}"] = "caches its edition's info on first use",
        [$"{nameof(ILiveHostRegistryGrain)}.{nameof(ILiveHostRegistryGrain.GetObservers)}"] = "drops and stores away the hosts that stopped renewing",
    };

    /// <summary>Every read of every grain interface (a method named Get…, List… or Recent…).</summary>
    public static TheoryData<string> Reads()
    {
        var reads = new TheoryData<string>();
        foreach (var grain in typeof(IEditionGrain).Assembly.GetTypes().Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t)))
        {
            foreach (var method in grain.GetMethods().Where(m => m.Name.StartsWith("Get", StringComparison.Ordinal)
                || m.Name.StartsWith("List", StringComparison.Ordinal) || m.Name.StartsWith("Recent", StringComparison.Ordinal)))
            {
                reads.Add($"{grain.Name}.{method.Name}");
            }
        }

        return reads;
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public void Read_IsReadOnly_SoReadsDoNotQueueBehindEachOther(string read)
    {
        var (grain, method) = (read[..read.IndexOf('.', StringComparison.Ordinal)], read[(read.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        var info = typeof(IEditionGrain).Assembly.GetTypes().Single(t => t.Name == grain).GetMethods().First(m => m.Name == method);
        Assert.True(
            NotReadOnly.ContainsKey(read) == (info.GetCustomAttribute<ReadOnlyAttribute>() is null),
            NotReadOnly.TryGetValue(read, out var why) ? $"{read} is listed as not read-only ({why}) but is [ReadOnly]." : $"{read} is a read without [ReadOnly].");
    }

    [Fact]
    public void EditionChanges_AreNotReadOnly()
    {
        foreach (var method in new[] { nameof(IEditionGrain.Create), nameof(IEditionGrain.RecordMissionChange), nameof(IEditionGrain.Announce), nameof(IEditionGrain.Reveal) })
        {
            Assert.Null(typeof(IEditionGrain).GetMethod(method)!.GetCustomAttribute<ReadOnlyAttribute>());
        }
    }
}
