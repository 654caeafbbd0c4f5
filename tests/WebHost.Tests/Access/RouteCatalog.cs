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
    private static readonly AccessRoleKind[] VoteReaders = [.. EditionReaders, GuestOfThisEdition];
    private static readonly AccessRoleKind[] GuestOnly = [GuestOfThisEdition];
    private static readonly AccessRoleKind[] Respondent = [RespondentOfThisEdition];
    private static readonly AccessRoleKind[] ImpactReaders = [Admin, ViewerOfThisEdition];

    public static IReadOnlyList<RouteCase> For(AccessWorld w)
    {
        var e = w.EditionId;
        var m = w.MissionUrl;
        return
        [
            Route("GET /api/me", [Admin, LeadOfThisMission, LeadOfAnotherMission, ViewerOfThisEdition, ViewerOfAnotherEdition, TeamOfThisMission, GuestOfThisEdition, RespondentOfThisEdition], _ => Get("/api/me")),
            Route("POST /api/editions", AdminOnly, id => Post("/api/editions", ApiCalls.Edition(id))),
            Route("GET /api/editions", AdminOnly, _ => Get("/api/editions")),
            Route("GET /api/editions/{editionId}", EditionReaders, _ => Get($"/api/editions/{e}")),
            Route("GET /api/editions/{editionId}/results", EditionReaders, _ => Get($"/api/editions/{e}/results")),
            Route("POST /api/editions/{editionId}/announcements", AdminOnly, _ => Post($"/api/editions/{e}/announcements", new { message = "Restitutions dans 15 minutes" })),
            // Unpinning again changes nothing and answers 200, so every allowed role sees 2xx.
            Route("DELETE /api/editions/{editionId}/announcements/{announcementId}/pin", AdminOnly, _ => new HttpRequestMessage(HttpMethod.Delete, $"/api/editions/{e}/announcements/{w.PinnedAnnouncementId}/pin")),
            Route("POST /api/editions/{editionId}/viewer-tokens", AdminOnly, _ => Post($"/api/editions/{e}/viewer-tokens", null)),
            Route("GET /api/editions/{editionId}/days/{date}", EditionReaders, _ => Get($"/api/editions/{e}/days/2018-11-14")),
            Route("PUT /api/editions/{editionId}/days/{date}/schedule", AdminOnly, _ => new HttpRequestMessage(HttpMethod.Put, $"/api/editions/{e}/days/2018-11-14/schedule")
            {
                Content = JsonContent.Create(new { phases = new[] { new { id = "welcome", label = "Accueil", start = "09:00", end = "09:30" } } }),
            }),
            // The run of show moves on a day with a phase running now (an edition of its own: admin only).
            Route("POST /api/editions/{editionId}/days/{date}/phases/current/extend", AdminOnly, _ => Post($"{w.RunningDayUrl}/phases/current/extend", new { minutes = 10 })),
            Route("POST /api/editions/{editionId}/days/{date}/phases/current/end", AdminOnly, _ => Post($"{w.RunningDayUrl}/phases/current/end", null)),
            Route("POST /api/editions/{editionId}/days/{date}/phases/next", AdminOnly, _ => Post($"{w.RunningDayUrl}/phases/next", null)),
            Route("GET /api/editions/{editionId}/missions/{missionId}/schedule", MissionReaders, _ => Get($"{m}/schedule")),
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
            Route("POST /api/dashboard-session", AdminOnly, _ => Post("/api/dashboard-session", null)),
            Route("POST /api/qr", AdminOnly, _ => Post("/api/qr", new { text = "https://orchestrator.example/display/x#token=y" })),
            Route("GET /api/editions/{editionId}/audit", AdminOnly, _ => Get($"/api/editions/{e}/audit")),
            Route("POST /api/editions/{editionId}/import", AdminOnly, "dry run", id => Csv($"/api/editions/{e}/import?dryRun=true", $"{id};Atelier;{id};Association;Léa;Paul;Orange;oui")),
            Route("POST /api/editions/{editionId}/import", AdminOnly, "commit", id => Csv($"/api/editions/{e}/import?dryRun=false", $"{id};Atelier;{id};Association;Léa;Paul;Orange;oui")),
            Route("POST /api/editions/{editionId}/reveal", AdminOnly, _ => Post($"/api/editions/{e}/reveal", new { missionId = w.SpareMissionId })),
            Route("DELETE /api/editions/{editionId}/reveal", AdminOnly, _ => new HttpRequestMessage(HttpMethod.Delete, $"/api/editions/{e}/reveal")),

            // The closing vote, in the order of the evening: each route finds the vote in the state it needs.
            Route("POST /api/editions/{editionId}/guests", AdminOnly, _ => Post($"/api/editions/{e}/guests", new { guests = new[] { new { name = "Retardataire" } } })),
            Route("POST /api/editions/{editionId}/workshops", AdminOnly, id => Post($"/api/editions/{e}/workshops", new { id, title = "Territoires" })),
            Route("POST /api/editions/{editionId}/workshops/{workshopId}/proposals", AdminOnly, id => Post($"/api/editions/{e}/workshops/{AccessWorld.WorkshopId}/proposals", new { id, title = "Journée des compétences" })),
            Route("PUT /api/editions/{editionId}/vote", AdminOnly, _ => Put($"/api/editions/{e}/vote", new { mode = "points", budget = 10, revealTop = 3 })),
            Route("GET /api/editions/{editionId}/vote", VoteReaders, _ => Get($"/api/editions/{e}/vote")),
            Route("POST /api/editions/{editionId}/vote/open", AdminOnly, _ => Post($"/api/editions/{e}/vote/open", null)),
            Route("PUT /api/editions/{editionId}/ballots/mine", GuestOnly, _ => Put($"/api/editions/{e}/ballots/mine", new { allocations = new[] { new { proposalId = AccessWorld.ProposalId, points = 4 } } })),
            Route("GET /api/editions/{editionId}/ballots/mine", GuestOnly, _ => Get($"/api/editions/{e}/ballots/mine")),
            Route("GET /api/editions/{editionId}/vote/results", AdminOnly, _ => Get($"/api/editions/{e}/vote/results")),
            Route("POST /api/editions/{editionId}/vote/close", AdminOnly, _ => Post($"/api/editions/{e}/vote/close", null)),
            Route("GET /api/editions/{editionId}/vote/results.csv", AdminOnly, _ => Get($"/api/editions/{e}/vote/results.csv")),
            Route("POST /api/editions/{editionId}/vote/reveal/next", AdminOnly, _ => Post($"/api/editions/{e}/vote/reveal/next", null)),
            Route("POST /api/editions/{editionId}/vote/reveal/undo", AdminOnly, _ => Post($"/api/editions/{e}/vote/reveal/undo", null)),
            Route("POST /api/editions/{editionId}/survey/respondents", AdminOnly, _ => Post($"/api/editions/{e}/survey/respondents", new { respondents = new[] { new { role = "association", name = "Le Drenche" } } })),
            Route("POST /api/editions/{editionId}/survey/respondents/from-edition", AdminOnly, _ => Post($"/api/editions/{e}/survey/respondents/from-edition", null)),
            Route("GET /api/editions/{editionId}/survey/respondents", AdminOnly, _ => Get($"/api/editions/{e}/survey/respondents")),
            Route("PUT /api/editions/{editionId}/survey/questions/{role}", AdminOnly, _ => Put($"/api/editions/{e}/survey/questions/company", new { questions = new[] { new { id = "again", kind = "choice", label = "Reviendrez-vous ?", options = new[] { "oui", "non" } } } })),
            Route("GET /api/editions/{editionId}/survey/questions", AdminOnly, _ => Get($"/api/editions/{e}/survey/questions")),
            Route("PUT /api/editions/{editionId}/survey/responses/mine", Respondent, _ => Put($"/api/editions/{e}/survey/responses/mine", new { answers = new { nps = 9, satisfaction = 4, comment = "Très bien" } })),
            Route("GET /api/editions/{editionId}/survey/responses/mine", Respondent, _ => Get($"/api/editions/{e}/survey/responses/mine")),
            Route("GET /api/editions/{editionId}/survey/summary", AdminOnly, _ => Get($"/api/editions/{e}/survey/summary")),
            Route("GET /api/editions/{editionId}/survey/responses.csv", AdminOnly, _ => Get($"/api/editions/{e}/survey/responses.csv")),
            // Closed, then open again: the survey stays answerable for whatever runs after.
            Route("POST /api/editions/{editionId}/survey/close", AdminOnly, _ => Post($"/api/editions/{e}/survey/close", null)),
            Route("POST /api/editions/{editionId}/survey/open", AdminOnly, _ => Post($"/api/editions/{e}/survey/open", null)),
            Route("DELETE /api/editions/{editionId}/survey/respondents/{respondentId}", AdminOnly, _ => new HttpRequestMessage(HttpMethod.Delete, $"/api/editions/{e}/survey/respondents/{w.SpareRespondentId}")),
            Route("GET /api/editions/{editionId}/impact", ImpactReaders, _ => Get($"/api/editions/{e}/impact")),
            Route("GET /api/editions/{editionId}/impact.csv", ImpactReaders, _ => Get($"/api/editions/{e}/impact.csv")),
            Route("GET /api/editions/{editionId}/impact-companies.csv", ImpactReaders, _ => Get($"/api/editions/{e}/impact-companies.csv")),
            Route("PUT /api/editions/{editionId}/impact/settings", AdminOnly, _ => Put($"/api/editions/{e}/impact/settings", new { hourlyValue = 35.5, currency = "EUR" })),
            Route("GET /api/editions/{editionId}/impact/territory", AdminOnly, _ => Get($"/api/editions/{e}/impact/territory")),
            Route("GET /api/associations/{associationId}/history", AdminOnly, _ => Get("/api/associations/le-drenche/history")),
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
