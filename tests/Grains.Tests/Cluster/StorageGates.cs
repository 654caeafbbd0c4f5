using System.Collections.Concurrent;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// The test silos' store (<see cref="GatedGrainStorage"/>) asks here before each write: a test holds the
/// next write of one grain's state to see what the grain does while it is pending, or fails it. Keyed by
/// state name and grain key, which tests make fresh, so tests sharing a cluster never meet here.
/// </summary>
public static class StorageGates
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<HeldWrite>> Held = new();
    private static readonly ConcurrentDictionary<string, int> Written = new();

    /// <summary>Holds the next write of state <paramref name="stateName"/> of grain <paramref name="grainKey"/> not yet held.</summary>
    public static HeldWrite HoldNext(string stateName, string grainKey)
    {
        var held = new HeldWrite();
        Held.GetOrAdd(Key(stateName, grainKey), _ => new()).Enqueue(held);
        return held;
    }

    /// <summary>How many writes of that state reached the store so far (held ones included).</summary>
    public static int Writes(string stateName, string grainKey) => Written.GetValueOrDefault(Key(stateName, grainKey));

    internal static Task Pass(string stateName, string grainKey)
    {
        var key = Key(stateName, grainKey);
        Written.AddOrUpdate(key, 1, static (_, n) => n + 1);
        return Held.TryGetValue(key, out var queue) && queue.TryDequeue(out var held) ? held.Pass() : Task.CompletedTask;
    }

    private static string Key(string stateName, string grainKey) => $"{stateName}|{grainKey}";
}
