using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Operations;

/// <summary>
/// <c>POST /api/dashboard-session</c> (admin bearer): sets a short-lived HttpOnly, SameSite=Strict cookie
/// (Secure over HTTPS) holding a server-side session id, so that a browser can open <c>/dashboard/</c>,
/// which takes no header from a plain link. The cookie is accepted on <c>/dashboard</c> only.
/// </summary>
internal static class DashboardSessionApi
{
    public static RouteGroupBuilder MapDashboardSessionApi(this RouteGroupBuilder api)
    {
        api.MapPost("/dashboard-session", Open)
            .RequireRight(Right.Admin, "Only the admin opens the dashboard.")
            .WithName("OpenDashboardSession")
            .WithSummary("A short-lived cookie that lets this browser open /dashboard/ (admin).");
        return api;
    }

    private static DashboardSessionResponse Open(HttpContext context, DashboardSessions sessions)
    {
        var (id, expiresAt) = sessions.Open();
        context.Response.Cookies.Append(DashboardSessions.CookieName, id, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = DashboardSessions.Path,
            Expires = expiresAt,
            IsEssential = true,
        });
        return new DashboardSessionResponse(DashboardSessions.Path + "/", expiresAt);
    }
}
