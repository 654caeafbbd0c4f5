using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>A test hub filter that lets a test cut every connection from the server side.</summary>
public sealed class ConnectionKiller : IHubFilter
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _connections = new();

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        _connections[context.Context.ConnectionId] = context.Context;
        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _connections.TryRemove(context.Context.ConnectionId, out _);
        return next(context, exception);
    }

    public int Count => _connections.Count;

    public void AbortAll()
    {
        foreach (var connection in _connections.Values)
        {
            // Cut the socket (as a network drop would) rather than close the hub politely:
            // a polite close tells the client not to reconnect.
            connection.GetHttpContext()!.Abort();
        }
    }
}
