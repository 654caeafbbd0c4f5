using System.Collections.Concurrent;

namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// The editions that have screens on this host, by connection: what <see cref="LiveHeartbeatService"/>
/// beats for. Kept by <see cref="LiveAudienceFilter"/> from the hub's joins, leaves and disconnects.
/// </summary>
public sealed class LiveAudience
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byConnection = new(StringComparer.Ordinal);

    public void Joined(string connectionId, string editionId) =>
        _byConnection.GetOrAdd(connectionId, _ => new(StringComparer.Ordinal))[editionId] = 0;

    public void Left(string connectionId, string editionId)
    {
        if (_byConnection.TryGetValue(connectionId, out var editions))
        {
            editions.TryRemove(editionId, out _);
        }
    }

    public void Disconnected(string connectionId) => _byConnection.TryRemove(connectionId, out _);

    /// <summary>Every edition at least one connection of this host watches.</summary>
    public IReadOnlyCollection<string> Editions() =>
        _byConnection.Values.SelectMany(e => e.Keys).ToHashSet(StringComparer.Ordinal);
}
