using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// This host's live connections by the public id of the token that opened them: a revoked token's
/// connections are closed here (<see cref="Close"/>, told by the access registry through every host's
/// observer), and one token opens at most <see cref="MaxPerToken"/> of them on this host.
/// </summary>
public sealed class LiveConnections
{
    /// <summary>A viewer link serves wall screens and a distanced edition's volunteers: the national scale's 10,000 screens.</summary>
    public const int MaxPerViewerToken = 10_000;

    /// <summary>Lead, team, guest and respondent links: a team is ~10 people with a few devices each.</summary>
    public const int MaxPerOtherToken = 100;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _revoked = new(StringComparer.Ordinal);
    private volatile bool _stopping;

    /// <summary>How many connections one token may hold on this host; the admin (the desk) is not bounded.</summary>
    public static int MaxPerToken(CallerRole role) => role switch
    {
        CallerRole.Admin => int.MaxValue,
        CallerRole.Viewer => MaxPerViewerToken,
        _ => MaxPerOtherToken,
    };

    public bool IsFull(Caller caller) =>
        _byToken.TryGetValue(caller.TokenId, out var open) && open.Count >= MaxPerToken(caller.Role);

    /// <summary>The host is stopping (<see cref="AbortAll"/>): no new live connection is taken.</summary>
    public bool IsStopping => _stopping;

    /// <summary>Whether this host was told the token is revoked (connections opened after the notice are refused too).</summary>
    public bool IsRevoked(string tokenId) => _revoked.ContainsKey(tokenId);

    /// <returns>False when the token already holds as many connections as it may, or was revoked, or the host is stopping: refuse the connection.</returns>
    public bool TryAdd(Caller caller, HubCallerContext connection)
    {
        while (true)
        {
            var open = _byToken.GetOrAdd(caller.TokenId, _ => new(StringComparer.Ordinal));
            lock (open)
            {
                // Emptied and dropped by Remove meanwhile: take the token's new set.
                if (!_byToken.TryGetValue(caller.TokenId, out var current) || current != open)
                {
                    continue;
                }

                if (open.Count >= MaxPerToken(caller.Role))
                {
                    return false;
                }

                open[connection.ConnectionId] = connection;
                break;
            }
        }

        // A notice, or the host's stop, that came while this connection was being opened: it is closed like the others.
        if (IsRevoked(caller.TokenId) || _stopping)
        {
            Remove(caller, connection.ConnectionId);
            return false;
        }

        return true;
    }

    public void Remove(Caller caller, string connectionId)
    {
        if (_byToken.TryGetValue(caller.TokenId, out var open))
        {
            lock (open)
            {
                open.TryRemove(connectionId, out _);
                if (open.IsEmpty)
                {
                    _byToken.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, HubCallerContext>>(caller.TokenId, open));
                }
            }
        }
    }

    /// <summary>
    /// The host is stopping: drops every connection on it at once, without waiting for its client, and
    /// refuses those that come after (until the web server stops listening, screens reconnect to it).
    /// </summary>
    /// <returns>How many were dropped.</returns>
    public int AbortAll()
    {
        _stopping = true;
        var dropped = 0;
        foreach (var open in _byToken.Values)
        {
            foreach (var connection in open.Values)
            {
                // The hub's end alone would close the WebSocket gracefully, waiting for the client's answer;
                // the request's abort closes its socket now.
                connection.Abort();
                connection.GetHttpContext()?.Abort();
                dropped++;
            }
        }

        return dropped;
    }

    /// <summary>Closes every connection opened with these tokens; they are refused from now on.</summary>
    public void Close(IEnumerable<string> tokenIds)
    {
        foreach (var tokenId in tokenIds)
        {
            _revoked[tokenId] = 0;
            if (_byToken.TryGetValue(tokenId, out var open))
            {
                foreach (var connection in open.Values)
                {
                    connection.Abort();
                }
            }
        }
    }
}
