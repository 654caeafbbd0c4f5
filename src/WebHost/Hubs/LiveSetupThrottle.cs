using Microsoft.AspNetCore.Mvc;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// Live connections being set up (negotiate, and the WebSocket's opening) wait for a turn from <see cref="LiveSetupGate"/>
/// before anything else is done for them (token lookup included); one that waited too long is answered
/// 503 problem+json with Retry-After, and the page's reconnect tries again later. The turn travels with
/// the request (<see cref="HttpContext.Features"/>) so that the hub can end it once the screen has joined.
/// A host that is stopping (<see cref="LiveConnections.IsStopping"/>) answers every setup 503 at once: until its
/// web server stops listening, a screen it dropped would otherwise reconnect to it, and be held open by nobody.
/// </summary>
internal sealed class LiveSetupThrottle(RequestDelegate next, LiveSetupGate gate, LiveConnections connections, IProblemDetailsService problems)
{
    private const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!IsSetup(http))
        {
            await next(http);
            return;
        }

        if (connections.IsStopping)
        {
            await Unavailable(http, "This server is stopping", "This server is restarting or being replaced: the screen will connect again in a moment.");
            return;
        }

        using var turn = await gate.Wait(http.RequestAborted);
        if (turn is null)
        {
            await Unavailable(http, "Too many screens connecting", "Many screens are connecting to this server at once: this one will try again in a few seconds.");
            return;
        }

        http.Features.Set(turn);
        await next(http);
    }

    private async Task Unavailable(HttpContext http, string title, string detail)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = title,
                Detail = detail,
            },
        });
    }

    /// <summary>
    /// A negotiation or a WebSocket's opening. Not the polls of a long-polling or server-sent-events
    /// connection: those stay open for a long time and are not a new screen.
    /// </summary>
    private static bool IsSetup(HttpContext http) =>
        http.Request.Path.StartsWithSegments(LiveHubServices.Path, StringComparison.OrdinalIgnoreCase, out var rest)
        && (rest.Equals("/negotiate", StringComparison.OrdinalIgnoreCase) || (!rest.HasValue && OpensWebSocket(http.Request)));

    /// <summary>Read from the request itself: the WebSocket feature is only added further down, at the hub's endpoint.</summary>
    private static bool OpensWebSocket(HttpRequest request) =>
        HttpMethods.IsConnect(request.Method)
        || request.Headers.Upgrade.Any(value => string.Equals(value, "websocket", StringComparison.OrdinalIgnoreCase));
}
