using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Live;

namespace Orchestrator.Grains.Live;

/// <summary>
/// Kept in memory only: after a restart every host registers again within
/// <see cref="LiveOptions.HostRenewEvery"/>, and clients resync on the version gap they see.
/// </summary>
internal sealed class LiveHostRegistryGrain(IOptions<LiveOptions> options, TimeProvider time) : Grain, ILiveHostRegistryGrain
{
    private readonly Dictionary<string, (ILiveObserver Observer, DateTimeOffset SeenAt)> _hosts = new(StringComparer.Ordinal);

    public Task Register(string hostId, ILiveObserver observer)
    {
        _hosts[hostId] = (observer, time.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task Unregister(string hostId)
    {
        _hosts.Remove(hostId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ILiveObserver>> GetObservers()
    {
        var oldest = time.GetUtcNow() - options.Value.HostTimeToLive;
        foreach (var expired in _hosts.Where(h => h.Value.SeenAt < oldest).Select(h => h.Key).ToList())
        {
            _hosts.Remove(expired);
        }

        return Task.FromResult<IReadOnlyList<ILiveObserver>>(_hosts.Values.Select(h => h.Observer).ToList());
    }
}
