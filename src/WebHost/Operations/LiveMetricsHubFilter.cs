using Microsoft.AspNetCore.SignalR;
using Orchestrator.WebHost.Hubs;

namespace Orchestrator.WebHost.Operations;

/// <summary>Screens connected and resyncs, seen from outside the hub so the hub stays about the protocol.</summary>
internal sealed class LiveMetricsHubFilter(OrchestratorMetrics metrics) : IHubFilter
{
    private const string JoinedKey = "orchestrator:joined-edition";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        metrics.ScreenConnected();
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        metrics.ScreenDisconnected();
        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var result = await next(invocation);
        if (invocation.HubMethodName == nameof(LiveHub.JoinEdition))
        {
            var items = invocation.Context.Items;
            if (!items.TryAdd(JoinedKey, true))
            {
                metrics.Resynced();
            }
        }

        return result;
    }
}
