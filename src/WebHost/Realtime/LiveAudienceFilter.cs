using Microsoft.AspNetCore.SignalR;
using Orchestrator.WebHost.Api;
using Orchestrator.WebHost.Hubs;

namespace Orchestrator.WebHost.Realtime;

/// <summary>Keeps <see cref="LiveAudience"/> in step with the edition groups the hub adds connections to.</summary>
internal sealed class LiveAudienceFilter(LiveAudience audience) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connectionId = invocation.Context.ConnectionId;
        var editionId = invocation.HubMethodArguments is [string id] && InputRules.IsSlug(id) ? id : null;
        if (editionId is null)
        {
            return await next(invocation);
        }

        switch (invocation.HubMethodName)
        {
            case nameof(LiveHub.JoinEdition):
                // Before the hub adds the connection to the group, so no beat falls between the two.
                audience.Joined(connectionId, editionId);
                try
                {
                    return await next(invocation);
                }
                catch (HubException)
                {
                    audience.Left(connectionId, editionId);
                    throw;
                }

            case nameof(LiveHub.LeaveEdition):
                var left = await next(invocation);
                audience.Left(connectionId, editionId);
                return left;

            default:
                return await next(invocation);
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        audience.Disconnected(context.Context.ConnectionId);
        await next(context, exception);
    }
}
