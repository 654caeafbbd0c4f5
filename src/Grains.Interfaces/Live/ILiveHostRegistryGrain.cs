namespace Orchestrator.Grains.Interfaces.Live;

/// <summary>
/// Knows the web hosts that want live events (one instance, key 0), stored so it survives its silo.
/// Hosts renew their registration periodically; a host that stops renewing is forgotten after
/// <c>LiveOptions.HostTimeToLive</c>. Short response timeouts: a registry whose silo just died must
/// not hold a host or a publisher for the cluster's default 30 s.
/// </summary>
public interface ILiveHostRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Returns whether the registry already knew this host with this observer.</summary>
    [ResponseTimeout("00:00:05")]
    Task<bool> Register(string hostId, ILiveObserver observer);

    [ResponseTimeout("00:00:05")]
    Task Unregister(string hostId);

    [ResponseTimeout("00:00:03")]
    Task<IReadOnlyList<ILiveObserver>> GetObservers();
}
