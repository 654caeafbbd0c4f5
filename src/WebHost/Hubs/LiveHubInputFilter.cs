using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.SignalR;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// The live hub's boundary: every invocation's ids and the caller's rights are checked here, from the
/// method's attributes, before the method runs, so <see cref="LiveHub"/> holds only what each method
/// means. A refusal is a <see cref="HubException"/>, whose message reaches the client.
/// </summary>
internal sealed partial class LiveHubInputFilter(ILogger<LiveHubInputFilter> logger) : IHubFilter
{
    private readonly ConcurrentDictionary<MethodInfo, HubMethodRules> _rules = new();

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var rules = _rules.GetOrAdd(invocation.HubMethod, HubMethodRules.Of);
        if (rules.Refusal(invocation.HubMethodArguments, invocation.Context.User!) is { } refusal)
        {
            LogRefused(logger, invocation.HubMethodName, invocation.Context.ConnectionId, refusal);
            throw new HubException(refusal);
        }

        return next(invocation);
    }

    [LoggerMessage(EventId = 4100, EventName = "HubInvocationRefused", Level = LogLevel.Debug,
        Message = "Hub method {Method} refused for connection {ConnectionId}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string connectionId, string reason);
}
