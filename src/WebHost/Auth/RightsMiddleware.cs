using Orchestrator.WebHost.Api;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// Checks, for every endpoint that declares a <see cref="RequiredRight"/>, the caller's right and then the ids
/// in the route (403, then 400, problem+json), before the endpoint binds anything. It is a middleware after
/// routing rather than an endpoint filter because filters run after parameter binding: a malformed body would
/// be refused (400) before a filter could say the caller may not use the route at all (403). Handlers then
/// hold only their own body checks.
/// </summary>
internal sealed class RightsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint() is not RouteEndpoint endpoint || endpoint.Metadata.GetMetadata<RequiredRight>() is not { } required)
        {
            await next(http);
            return;
        }

        var allowed = http.User.Identity?.IsAuthenticated == true
            && Caller.From(http.User).Has(required.Right, http.GetRouteValue("editionId") as string, http.GetRouteValue("missionId") as string);
        if (!allowed)
        {
            await ApiResults.Forbidden(required.Refusal).ExecuteAsync(http);
            return;
        }

        var ids = RouteIds.Check(endpoint.RoutePattern, http.Request.RouteValues);
        if (!ids.IsValid)
        {
            await ApiResults.Invalid(ids).ExecuteAsync(http);
            return;
        }

        await next(http);
    }
}
