using Microsoft.AspNetCore.SignalR;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// The token behind every live connection: each connection is registered under its token's public id (so a
/// revocation closes it, <see cref="LiveConnections"/>), a token past its connection bound is refused, and
/// every hub call re-checks that the token still works (<see cref="LiveTokenChecks"/>); a revoked token's
/// call is refused and its connection closed.
/// </summary>
internal sealed partial class LiveHubTokenFilter(LiveConnections connections, LiveTokenChecks checks, ILogger<LiveHubTokenFilter> logger) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var caller = Caller.From(context.Context.User!);
        if (!connections.TryAdd(caller, context.Context))
        {
            LogRefused(logger, caller.TokenId, context.Context.ConnectionId);
            throw new HubException(
                connections.IsRevoked(caller.TokenId) ? "This link was revoked."
                : connections.IsStopping ? "This server is stopping: connect again in a moment."
                : $"This link already has {LiveConnections.MaxPerToken(caller.Role)} live connections on this server.");
        }

        try
        {
            await next(context);
        }
        catch
        {
            // SignalR calls no OnDisconnectedAsync for a connection whose OnConnectedAsync failed.
            connections.Remove(caller, context.Context.ConnectionId);
            throw;
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        connections.Remove(Caller.From(context.Context.User!), context.Context.ConnectionId);
        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var caller = Caller.From(invocation.Context.User!);
        if (!await checks.IsActive(caller))
        {
            LogRevokedCall(logger, invocation.HubMethodName, caller.TokenId, invocation.Context.ConnectionId);
            invocation.Context.Abort();
            throw new HubException("This link was revoked.");
        }

        return await next(invocation);
    }

    [LoggerMessage(EventId = 4200, EventName = "LiveConnectionRefused", Level = LogLevel.Information,
        Message = "Live connection {ConnectionId} refused: token {TokenId} is revoked or holds too many connections, or the host is stopping")]
    private static partial void LogRefused(ILogger logger, string tokenId, string connectionId);

    [LoggerMessage(EventId = 4201, EventName = "LiveRevokedTokenCall", Level = LogLevel.Information,
        Message = "Hub method {Method} refused: token {TokenId} of connection {ConnectionId} no longer works; connection closed")]
    private static partial void LogRevokedCall(ILogger logger, string method, string tokenId, string connectionId);
}
