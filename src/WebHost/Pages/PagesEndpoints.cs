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
        pages.MapGet("/vote/{editionId}", (HttpContext http, string editionId) => Page(http, "vote.html", editionId));
        pages.MapGet("/survey/{editionId}", (HttpContext http, string editionId) => Page(http, "survey.html", editionId));
        pages.MapGet("/report/{editionId}", (HttpContext http, string editionId) => Page(http, "report.html", editionId));
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

        // The security headers (CSP, nosniff, Referrer-Policy) come with every answer: SecurityHeadersMiddleware.
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Stream(page.CreateReadStream(), "text/html; charset=utf-8");
    }
}
