using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// Event time for the in-process test silos: one <see cref="FakeTimeProvider"/> per cluster, starting when the
/// Factory 2018 opened (09:00 in Paris), so a test that moves time moves only its own cluster's.
/// The silos find their cluster's clock by the id in their configuration (TestingHost builds the silo
/// configurators itself, so the clock cannot be handed over as an object).
/// </summary>
public static class ClusterClocks
{
    public const string ConfigurationKey = "Orchestrator:Tests:ClockId";

    private static readonly ConcurrentDictionary<string, FakeTimeProvider> Clocks = new();

    public static DateTimeOffset FactoryOpens { get; } = new(2018, 11, 14, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh clock at <see cref="FactoryOpens"/> and the id its cluster's silos look it up by.</summary>
    public static (string Id, FakeTimeProvider Clock) New()
    {
        var id = Guid.NewGuid().ToString("n");
        var clock = new FakeTimeProvider(FactoryOpens);
        Clocks[id] = clock;
        return (id, clock);
    }

    public static FakeTimeProvider For(string? id) =>
        id is not null && Clocks.TryGetValue(id, out var clock)
            ? clock
            : throw new InvalidOperationException($"No test clock '{id}': start test silos through {nameof(OrchestratorCluster)}.");

    public static void Forget(string id) => Clocks.TryRemove(id, out _);
}
