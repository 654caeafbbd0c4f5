using System.Collections.Concurrent;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// Whether a live connection's token still works, asked of its edition's access registry (one activation) at
/// most every <see cref="CacheFor"/> per token on this host; a revocation notice (<see cref="LiveConnections"/>)
/// answers at once. A connection outlives the request that authenticated it, so each hub call asks again.
/// </summary>
public sealed class LiveTokenChecks(IGrainFactory grains, LiveConnections connections, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, (bool Active, DateTimeOffset At)> _checked = new(StringComparer.Ordinal);

    public async ValueTask<bool> IsActive(Caller caller)
    {
        if (caller.IsAdmin)
        {
            return true;
        }

        if (connections.IsRevoked(caller.TokenId) || caller.EditionId is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (_checked.TryGetValue(caller.TokenId, out var known) && now - known.At < CacheFor)
        {
            return known.Active;
        }

        var active = await grains.GetGrain<IAccessRegistryGrain>(caller.EditionId).IsActive(caller.TokenId);
        if (_checked.Count > 50_000)
        {
            _checked.Clear();
        }

        _checked[caller.TokenId] = (active, now);
        return active;
    }
}
