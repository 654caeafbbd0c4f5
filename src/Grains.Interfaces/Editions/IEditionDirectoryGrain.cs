using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Editions;

/// <summary>The ids of every edition created (one instance, key 0), for the home page.</summary>
public interface IEditionDirectoryGrain : IGrainWithIntegerKey
{
    Task Add(string editionId);

    [ReadOnly]
    Task<IReadOnlyList<string>> List();
}
