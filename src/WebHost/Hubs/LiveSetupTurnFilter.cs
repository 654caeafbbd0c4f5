using Microsoft.AspNetCore.SignalR;

namespace Orchestrator.WebHost.Hubs;

/// <summary>Ends a connection's setup turn (<see cref="LiveSetupGate"/>) once its first hub call, the screen's join, has been answered.</summary>
internal sealed class LiveSetupTurnFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocation);
        }
        finally
        {
            invocation.Context.GetHttpContext()?.Features.Get<LiveSetupTurn>()?.Dispose();
        }
    }
}
