using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Live;

/// <summary>
/// A local stateless worker (keyed by edition) that batches an edition's events and fans them out to
/// every host, so the edition grain never waits on the network.
/// </summary>
public interface ILivePublisherGrain : IGrainWithStringKey
{
    [OneWay]
    Task Publish(IReadOnlyList<EditionEvent> events);
}
