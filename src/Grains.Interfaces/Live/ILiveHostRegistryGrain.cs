namespace Orchestrator.Grains.Interfaces.Live;

/// <summary>
/// Knows the web hosts that want live events (one instance, key 0). Hosts renew their registration
/// periodically; a host that stops renewing is forgotten after <c>LiveOptions.HostTimeToLive</c>.
/// </summary>
public interface ILiveHostRegistryGrain : IGrainWithIntegerKey
{
    Task Register(string hostId, ILiveObserver observer);

    Task Unregister(string hostId);

    Task<IReadOnlyList<ILiveObserver>> GetObservers();
}
