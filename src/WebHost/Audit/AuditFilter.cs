using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.WebHost.Api;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Errors;

namespace Orchestrator.WebHost.Audit;

/// <summary>
/// Writes every accepted change (any method but GET/HEAD answered 2xx) to its edition's audit trail
/// before the caller gets the answer, so an acknowledged change is always in the trail. A request its handler
/// marked unchanged (<see cref="AuditMarks.MarkUnchanged"/>) is not a change and is not written, nor is a
/// route that declares <see cref="NotAudited"/> (it keeps its own record); an entry
/// names the public ids of the tokens the change handed out.
/// The change is made by then: a transient failure of this write (the trail's silo leaving or lost) is
/// retried rather than answered 503, at the price of an entry written twice should a lost answer hide a
/// write that landed.
/// </summary>
internal sealed class AuditFilter(IGrainFactory grains, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || http.IsUnchanged()
            || http.GetEndpoint()?.Metadata.GetMetadata<NotAudited>() is not null)
        {
            return result;
        }

        var inner = result;
        while (inner is INestedHttpResult nested)
        {
            inner = nested.Result;
        }

        if (inner is not IStatusCodeHttpResult { StatusCode: >= 200 and < 300 and var status })
        {
            return result;
        }

        var editionId = http.GetRouteValue("editionId") as string ?? (inner as Created<EditionResponse>)?.Value?.Id;
        if (editionId is null || !InputRules.IsSlug(editionId))
        {
            return result;
        }

        var caller = Caller.From(http.User);
        var pattern = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var entry = new AuditEntry(
            time.GetUtcNow(),
            WireNames.Of(caller.Role),
            caller.TokenId,
            $"{http.Request.Method} {pattern}",
            http.Request.Path.Value ?? "",
            status,
            http.IssuedTokenIds());
        await TransientRetry.Run(() => grains.GetGrain<IAuditLogGrain>(editionId).Append(entry), http.RequestAborted);
        return result;
    }
}
