using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Orchestrator.WebHost.Tests.Access.AccessRoleKind;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>
/// Every REST route of the API with a valid request and the roles that may use it; named by method and
/// pattern so that <see cref="RouteCatalogCoverageTests"/> can hold it against the routes the app registers.
/// </summary>
public static class RouteCatalog
{
    private static readonly AccessRoleKind[] AdminOnly = [Admin];
    private static readonly AccessRoleKind[] EditionReaders = [Admin, LeadOfThisMission, LeadOfAnotherMission, ViewerOfThisEdition];
    private static readonly AccessRoleKind[] MissionReaders = [.. EditionReaders, TeamOfThisMission];
    private static readonly AccessRoleKind[] MissionChangers = [Admin, LeadOfThisMission];

    public static IReadOnlyList<RouteCase> For(AccessWorld w)
    {
        var e = w.EditionId;
        var m = w.MissionUrl;
        return
        [
            Route("GET /api/me", [Admin, LeadOfThisMission, LeadOfAnotherMission, ViewerOfThisEdition, ViewerOfAnotherEdition, TeamOfThisMission], _ => Get("/api/me")),
            Route("POST /api/editions", AdminOnly, id => Post("/api/editions", ApiCalls.Edition(id))),
            Route("GET /api/editions", AdminOnly, _ => Get("/api/editions")),
            Route("GET /api/editions/{editionId}", EditionReaders, _ => Get($"/api/editions/{e}")),
            Route("GET /api/editions/{editionId}/results", EditionReaders, _ => Get($"/api/editions/{e}/results")),
            Route("POST /api/editions/{editionId}/announcements", AdminOnly, _ => Post($"/api/editions/{e}/announcements", new { message = "Restitutions dans 15 minutes" })),
            Route("POST /api/editions/{editionId}/viewer-tokens", AdminOnly, _ => Post($"/api/editions/{e}/viewer-tokens", null)),
            Route("GET /api/editions/{editionId}/days/{date}", EditionReaders, _ => Get($"/api/editions/{e}/days/2018-11-14")),
            Route("PUT /api/editions/{editionId}/days/{date}/schedule", AdminOnly, _ => new HttpRequestMessage(HttpMethod.Put, $"/api/editions/{e}/days/2018-11-14/schedule")
            {
                Content = JsonContent.Create(new { phases = new[] { new { id = "welcome", label = "Accueil", start = "09:00", end = "09:30" } } }),
            }),
            Route("POST /api/editions/{editionId}/missions", AdminOnly, id => Post($"/api/editions/{e}/missions", ApiCalls.Mission(id))),
            Route("GET /api/editions/{editionId}/missions/{missionId}", MissionReaders, _ => Get(m)),
            Route("POST /api/editions/{editionId}/missions/{missionId}/members", MissionChangers, _ => Post($"{m}/members", new { name = "Jihane", company = "Mazars", remote = true })),
            Route("PUT /api/editions/{editionId}/missions/{missionId}/milestones/{milestoneId}", MissionChangers, _ => new HttpRequestMessage(HttpMethod.Put, $"{m}/milestones/framing") { Content = JsonContent.Create(new { status = "in-progress" }) }),
            Route("POST /api/editions/{editionId}/missions/{missionId}/help-requests", MissionChangers, _ => Post($"{m}/help-requests", new { skill = "finance", message = "Besoin d'un expert" })),
            Route("POST /api/editions/{editionId}/missions/{missionId}/team-tokens", MissionChangers, _ => Post($"{m}/team-tokens", null)),
            Route("POST /api/editions/{editionId}/missions/{missionId}/lead-token", AdminOnly, _ => Post($"/api/editions/{e}/missions/{w.SpareMissionId}/lead-token", null)),
            Route("GET /api/editions/{editionId}/tokens", AdminOnly, _ => Get($"/api/editions/{e}/tokens?missionId={w.MissionId}")),
            Route("DELETE /api/editions/{editionId}/tokens/{tokenId}", AdminOnly, _ => new HttpRequestMessage(HttpMethod.Delete, $"/api/editions/{e}/tokens/{w.SpareViewerTokenId}")),
            Route("PUT /api/editions/{editionId}/missions/{missionId}/help-requests/{helpRequestId}", AdminOnly, _ => Put($"{m}/help-requests/{w.HelpRequestId}", new { status = "acknowledged" })),
            Route("POST /api/editions/{editionId}/missions/{missionId}/deliverables", MissionChangers, _ => Post($"{m}/deliverables", new { title = "Plaquette commerciale", link = "https://example.org/plaquette.pdf" })),
            // Before the erase below: the member must still exist.
            Route("PUT /api/editions/{editionId}/missions/{missionId}/members/{memberId}/check-in", MissionChangers, _ => Put($"{m}/members/{w.MemberId}/check-in", new { checkedIn = true })),
            Route("DELETE /api/editions/{editionId}/missions/{missionId}/members/{memberId}", AdminOnly, _ => new HttpRequestMessage(HttpMethod.Delete, $"{m}/members/{w.MemberId}")),
            Route("DELETE /api/editions/{editionId}/missions/{missionId}/lead", AdminOnly, _ => new HttpRequestMessage(HttpMethod.Delete, $"/api/editions/{e}/missions/{w.SpareMissionId}/lead")),
            Route("POST /api/backup", AdminOnly, _ => Post("/api/backup", null)),
            Route("POST /api/qr", AdminOnly, _ => Post("/api/qr", new { text = "https://orchestrator.example/display/x#token=y" })),
            Route("GET /api/editions/{editionId}/audit", AdminOnly, _ => Get($"/api/editions/{e}/audit")),
            Route("POST /api/editions/{editionId}/import", AdminOnly, "dry run", id => Csv($"/api/editions/{e}/import?dryRun=true", $"{id};Atelier;{id};Association;Léa;Paul;Orange;oui")),
            Route("POST /api/editions/{editionId}/import", AdminOnly, "commit", id => Csv($"/api/editions/{e}/import?dryRun=false", $"{id};Atelier;{id};Association;Léa;Paul;Orange;oui")),
            Route("POST /api/editions/{editionId}/reveal", AdminOnly, _ => Post($"/api/editions/{e}/reveal", new { missionId = w.SpareMissionId })),
            Route("DELETE /api/editions/{editionId}/reveal", AdminOnly, _ => new HttpRequestMessage(HttpMethod.Delete, $"/api/editions/{e}/reveal")),
        ];
    }

    public static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    public static HttpRequestMessage Post(string url, object? body) =>
        new(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };

    public static HttpRequestMessage Put(string url, object body) => new(HttpMethod.Put, url) { Content = JsonContent.Create(body) };

    public static HttpRequestMessage Csv(string url, params string[] rows) => new(HttpMethod.Post, url)
    {
        Content = new StringContent(
            string.Join("\n", ["missionId;missionTitle;associationId;associationName;leadName;volunteerName;company;remote", .. rows]),
            System.Text.Encoding.UTF8,
            "text/csv"),
    };

    /// <param name="route">The method and the route pattern as the app registers them, e.g. <c>GET /api/editions/{editionId}</c>.</param>
    private static RouteCase Route(string route, AccessRoleKind[] allowed, Func<string, HttpRequestMessage> request) =>
        Route(route, allowed, null, request);

    private static RouteCase Route(string route, AccessRoleKind[] allowed, string? variant, Func<string, HttpRequestMessage> request)
    {
        var (method, pattern) = route.Split(' ', 2) switch
        {
            [var m, var p] => (m, p),
            _ => throw new ArgumentException($"'{route}' is not 'METHOD /pattern'.", nameof(route)),
        };
        return new(method, pattern, variant, request, allowed.ToHashSet());
    }
}
