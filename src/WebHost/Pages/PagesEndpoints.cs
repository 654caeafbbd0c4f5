using Microsoft.Extensions.FileProviders;
using Orchestrator.WebHost.Api;

namespace Orchestrator.WebHost.Pages;

/// <summary>
/// The stable page addresses (printed on sheets and QR codes) mapped to the static pages of
/// <c>wwwroot</c>. A page reads its ids from the path and its token from the URL fragment, so the
/// server only hands out the same HTML whoever asks; an id that is not a slug is a 404.
/// </summary>
public static class PagesEndpoints
{
    // Pages run only their own scripts: no inline script, nothing from elsewhere. User text is
    // rendered as text anyway; this is the second lock on the door. The service worker (/sw.js) and
    // the manifest come from here too.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; " +
        "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static WebApplication MapPages(this WebApplication app)
    {
        var pages = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/", (HttpContext http) => Page(http, "home.html"));
        pages.MapGet("/setup", (HttpContext http) => Page(http, "setup.html"));
        pages.MapGet("/setup/{editionId}", (HttpContext http, string editionId) => Page(http, "setup.html", editionId));
        pages.MapGet("/control/{editionId}", (HttpContext http, string editionId) => Page(http, "control.html", editionId));
        pages.MapGet("/lead/{editionId}/{missionId}", (HttpContext http, string editionId, string missionId) => Page(http, "lead.html", editionId, missionId));
        pages.MapGet("/team/{editionId}/{missionId}", (HttpContext http, string editionId, string missionId) => Page(http, "team.html", editionId, missionId));
        pages.MapGet("/display/{editionId}", (HttpContext http, string editionId) => Page(http, "display.html", editionId));
        return app;
    }

    private static IResult Page(HttpContext http, string file, params string[] ids)
    {
        if (!ids.All(InputRules.IsSlug))
        {
            return TypedResults.NotFound();
        }

        var environment = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var page = environment.WebRootFileProvider.GetFileInfo(file);
        if (!page.Exists)
        {
            return TypedResults.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Stream(page.CreateReadStream(), "text/html; charset=utf-8");
    }
}
