using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Grains;
using Orleans.Runtime;
using Orleans.Storage;

namespace Orchestrator.WebHost.Tests.Infrastructure;

/// <summary>Counts the grain-state reads of one test server, per grain type, by wrapping its storage provider.</summary>
public sealed class StorageReadCounter
{
    private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);

    public int Total => _reads.Values.Sum();

    public int Of(string grainTypeFragment) =>
        _reads.Where(r => r.Key.Contains(grainTypeFragment, StringComparison.OrdinalIgnoreCase)).Sum(r => r.Value);

    /// <summary>Wraps the storage the silo of <paramref name="services"/> registered (call from <c>OrchestratorServer.Start</c>'s services).</summary>
    public void Install(IServiceCollection services)
    {
        var original = services.Single(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, StorageNames.Orchestrator));
        var factory = original.KeyedImplementationFactory ?? throw new InvalidOperationException("The grain storage is not registered by a factory.");
        services.Remove(original);
        services.AddKeyedSingleton<IGrainStorage>(StorageNames.Orchestrator, (sp, key) => new CountingGrainStorage((IGrainStorage)factory(sp, key), this));
    }

    internal void Read(GrainId grainId) => _reads.AddOrUpdate(grainId.Type.ToString()!, 1, (_, n) => n + 1);
}
