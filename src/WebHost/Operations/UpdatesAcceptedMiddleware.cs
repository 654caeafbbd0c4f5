namespace Orchestrator.WebHost.Operations;

/// <summary>
/// Counts every change the API acknowledges (an <c>/api</c> call other than GET/HEAD answered 2xx), by
/// its method and route pattern. Counted as the answer starts, so a caller that got its 2xx always finds
/// its change in the count.
/// </summary>
internal sealed class UpdatesAcceptedMiddleware(RequestDelegate next, OrchestratorMetrics metrics)
{
    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.OnStarting(() =>
            {
                if (http.Response.StatusCode is >= 200 and < 300 && http.GetEndpoint() is RouteEndpoint endpoint)
                {
                    metrics.UpdateAccepted($"{request.Method} {endpoint.RoutePattern.RawText?.TrimEnd('/')}");
                }

                return Task.CompletedTask;
            });
        }

        return next(http);
    }
}
