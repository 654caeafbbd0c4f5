using Microsoft.AspNetCore.SignalR;
using Orchestrator.WebHost.Hubs;

namespace Orchestrator.WebHost.Errors;

/// <summary>
/// Retries the hub's joins (they add to a group and read: safe to repeat) when they fail for a
/// transient reason, and turns a transient failure that remains into a <see cref="HubException"/>
/// that says to try again, rather than the generic error a client cannot act on.
/// </summary>
internal sealed class TransientHubFilter : IHubFilter
{
    private static readonly HashSet<string> Idempotent = new(StringComparer.Ordinal) { nameof(LiveHub.JoinEdition), nameof(LiveHub.JoinMission) };

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return Idempotent.Contains(invocation.HubMethodName)
                ? await TransientRetry.Run(() => next(invocation), invocation.Context.ConnectionAborted)
                : await next(invocation);
        }
        catch (Exception ex) when (TransientFailure.Is(ex))
        {
            throw new HubException($"The cluster is recovering; call {invocation.HubMethodName} again in {TransientFailure.RetryAfter.TotalSeconds:0} s.", ex);
        }
    }
}
