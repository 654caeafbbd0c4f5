using System.Collections.Concurrent;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// An incoming call filter on the test silos that counts, per grain key and method, the calls whose first
/// turn has run (the part before their first await: for an edition change, applying it and joining a
/// write), so a test waits for a change to be taken instead of sleeping.
/// </summary>
public sealed class CallArrivals : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<string, Arrivals> Counts = new();

    /// <summary>Completes once <paramref name="count"/> calls of <paramref name="method"/> on <paramref name="grainKey"/> have run their first turn.</summary>
    public static Task WaitFor(string grainKey, string method, int count) =>
        Counts.GetOrAdd(Key(grainKey, method), _ => new()).WaitFor(count).WaitAsync(TimeSpan.FromSeconds(20));

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var call = context.Invoke();
        Counts.GetOrAdd(Key(context.TargetId.Key.ToString()!, context.MethodName), _ => new()).Add();
        await call;
    }

    private static string Key(string grainKey, string method) => $"{grainKey}|{method}";
}
