using Microsoft.AspNetCore.Mvc;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// The hub's negotiate request of a token that already holds as many live connections as it may on this
/// host is answered 429 problem+json, before a connection is set up (<see cref="LiveHubTokenFilter"/> still
/// refuses one that got past a race).
/// </summary>
internal sealed class LiveConnectionLimit(RequestDelegate next, LiveConnections connections, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext http)
    {
        // Negotiate only: a long-polling connection's own polls must not count against it.
        if (http.Request.Path.Equals($"{LiveHubServices.Path}/negotiate", StringComparison.OrdinalIgnoreCase)
            && http.User.Identity?.IsAuthenticated == true
            && Caller.From(http.User) is var caller && connections.IsFull(caller))
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many live connections",
                    Detail = $"This link already has {LiveConnections.MaxPerToken(caller.Role)} live connections on this server: close one first.",
                },
            });
            return;
        }

        await next(http);
    }
}
