using Orleans.Storage;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>The silo's real store, with each write passing <see cref="StorageGates"/> first.</summary>
public sealed class GatedGrainStorage(IGrainStorage store) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        store.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await StorageGates.Pass(stateName, grainId.Key.ToString()!);
        await store.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        store.ClearStateAsync(stateName, grainId, grainState);

    public void Participate(ISiloLifecycle observer) => (store as ILifecycleParticipant<ISiloLifecycle>)?.Participate(observer);
}
