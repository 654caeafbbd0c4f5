namespace Orchestrator.WebHost.Hosting;

/// <summary>
/// The same security headers on every answer — pages, static files, API answers and refusals alike — set as
/// the response starts, so an answer rewritten on the way out (an exception turned into problem+json, a
/// status code page) keeps them. Pages run only their own scripts and talk only to their own origin
/// (<c>connect-src 'self'</c> also covers the live hub's same-origin WebSocket); nothing may frame them
/// (a photographed wall-screen link stays a link, not a frame inside someone else's page); no address
/// (with its <c>#token=</c> page) leaks in a Referer.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>
    /// The operators' tools (the Orleans dashboard, the OpenAPI reference) are third-party pages with scripts
    /// of their own, admin-only: they may run them, but are never framed either.
    /// </summary>
    public const string ToolsContentSecurityPolicy = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly string[] ToolPaths = ["/dashboard", "/scalar"];

    public Task InvokeAsync(HttpContext http)
    {
        var policy = ToolPaths.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            ? ToolsContentSecurityPolicy
            : ContentSecurityPolicy;
        http.Response.OnStarting(state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, http.Response);
        return next(http);
    }
}
