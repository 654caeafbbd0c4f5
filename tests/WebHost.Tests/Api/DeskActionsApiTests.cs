using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Api;

/// <summary>What the desk and the team lead do during the day: help requests handled, deliverables, check-in.</summary>
[Collection(ServerCollection.Name)]
public sealed class DeskActionsApiTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task HelpRequest_AcknowledgedThenResolved_LeavesTheOpenCountOfTheCard()
    {
        var (admin, lead, e, url) = await Mission();
        var help = await ApiCalls.Json(await lead.PostAsJsonAsync($"{url}/help-requests", new { skill = "finance", message = "Besoin d'un expert" }), 201);
        var id = (string)help["id"]!;
        Assert.Equal(1, await OpenHelpRequests(admin, e));

        var acknowledged = await ApiCalls.Json(await admin.PutAsJsonAsync($"{url}/help-requests/{id}", new { status = "acknowledged" }), 200);
        Assert.Equal("acknowledged", (string?)acknowledged["helpRequests"]![0]!["status"]);
        Assert.Equal(1, await OpenHelpRequests(admin, e));

        var resolved = await ApiCalls.Json(await admin.PutAsJsonAsync($"{url}/help-requests/{id}", new { status = "resolved" }), 200);
        Assert.Equal("resolved", (string?)resolved["helpRequests"]![0]!["status"]);
        Assert.Equal(0, await OpenHelpRequests(admin, e));

        var again = await ApiCalls.Json(await admin.PutAsJsonAsync($"{url}/help-requests/{id}", new { status = "resolved" }), 200);
        Assert.Equal((long?)resolved["version"], (long?)again["version"]);
        var back = await admin.PutAsJsonAsync($"{url}/help-requests/{id}", new { status = "acknowledged" });
        Assert.Equal(HttpStatusCode.Conflict, back.StatusCode);
        var read = await ApiCalls.Json(await lead.GetAsync(url), 200);
        Assert.Equal("resolved", (string?)read["helpRequests"]![0]!["status"]);
    }

    [Fact]
    public async Task HelpRequest_StraightToResolved_Works_ButBadInputUnknownIdsAndTheLeadAreRefused()
    {
        var (admin, lead, e, url) = await Mission();
        var id = (string)(await ApiCalls.Json(await lead.PostAsJsonAsync($"{url}/help-requests", new { skill = "juridique", message = "Statuts" }), 201))["id"]!;

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PutAsJsonAsync($"{url}/help-requests/{id}", new { status = "resolved" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"{url}/help-requests/{id}", new { status = "open" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"{url}/help-requests/{id}", new { status = "closed" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"{url}/help-requests/nothing", new { status = "resolved" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/editions/{e}/missions/nowhere/help-requests/{id}", new { status = "resolved" })).StatusCode);
        Assert.Equal(1, await OpenHelpRequests(admin, e));

        var resolved = await ApiCalls.Json(await admin.PutAsJsonAsync($"{url}/help-requests/{id}", new { status = "resolved" }), 200);
        Assert.Equal("resolved", (string?)resolved["helpRequests"]![0]!["status"]);
        Assert.Equal(0, await OpenHelpRequests(admin, e));
    }

    [Fact]
    public async Task Deliverable_AddedByTheLead_WithAnIdempotencyKey_AppliesOnce_AndIsCountedOnTheCard()
    {
        var (admin, lead, e, url) = await Mission();
        HttpRequestMessage Post() => new(HttpMethod.Post, $"{url}/deliverables")
        {
            Content = JsonContent.Create(new { title = "Plaquette commerciale", link = "https://example.org/plaquette.pdf" }),
            Headers = { { "Idempotency-Key", "phone-deliverable-1" } },
        };

        var first = await ApiCalls.Json(await lead.SendAsync(Post()), 201);
        var retry = await ApiCalls.Json(await lead.SendAsync(Post()), 201);
        var noLink = await ApiCalls.Json(await admin.PostAsJsonAsync($"{url}/deliverables", new { title = "Compte rendu" }), 201);

        Assert.Equal((long?)first["version"], (long?)retry["version"]);
        Assert.Equal("https://example.org/plaquette.pdf", (string?)first["deliverables"]![0]!["link"]);
        Assert.Null((string?)noLink["deliverables"]![1]!["link"]);
        Assert.Equal(2, noLink["deliverables"]!.AsArray().Count);
        Assert.Equal(2, (int?)(await Card(admin, e))["deliverables"]);
    }

    [Theory]
    [InlineData("", "https://example.org")]
    [InlineData("<b>Plaquette</b>", "https://example.org")]
    [InlineData("Plaquette", "javascript:alert(1)")]
    [InlineData("Plaquette", "ftp://example.org/x")]
    [InlineData("Plaquette", "/relative/path")]
    [InlineData("Plaquette", "data:text/html,<script>alert(1)</script>")]
    [InlineData("Plaquette", "https://example.org/\"><script>")]
    public async Task Deliverable_BadInput_Is400_AndChangesNothing(string title, string link)
    {
        var (admin, _, _, url) = await Mission();
        var response = await admin.PostAsJsonAsync($"{url}/deliverables", new { title, link });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, (long?)(await ApiCalls.Json(await admin.GetAsync(url), 200))["version"]);
    }

    [Fact]
    public async Task Deliverable_LinkOver500Characters_UnknownMission_OtherLead_AreRefused()
    {
        var (admin, _, e, url) = await Mission();
        var other = await ApiCalls.CreateMission(admin, e, "auxilia");
        using var otherLead = Server.Client((string)other["leadToken"]!);

        var longLink = await admin.PostAsJsonAsync($"{url}/deliverables", new { title = "x", link = "https://example.org/" + new string('a', 481) });
        var unknown = await admin.PostAsJsonAsync($"/api/editions/{e}/missions/nowhere/deliverables", new { title = "x" });
        var forbidden = await otherLead.PostAsJsonAsync($"{url}/deliverables", new { title = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, longLink.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task CheckIn_ByTheLead_TogglesTheMember_LeavesTheCountersAndCountsCheckIns()
    {
        var (admin, lead, e, url) = await Mission();
        var added = await ApiCalls.Json(await lead.PostAsJsonAsync($"{url}/members", new { name = "Jihane", company = "Mazars", remote = false }), 201);
        var memberId = (string)added["members"]![0]!["id"]!;
        var before = (JsonObject)(await ApiCalls.Json(await admin.GetAsync($"/api/editions/{e}"), 200))["counters"]!;

        var checkedIn = await ApiCalls.Json(await lead.PutAsJsonAsync($"{url}/members/{memberId}/check-in", new { checkedIn = true }), 200);
        Assert.True((bool?)checkedIn["members"]![0]!["checkedIn"]);
        Assert.Equal(1, (int?)(await Card(admin, e))["checkedIn"]);
        var after = (JsonObject)(await ApiCalls.Json(await admin.GetAsync($"/api/editions/{e}"), 200))["counters"]!;
        Assert.Equal(before.ToJsonString(), after.ToJsonString());

        var checkedOut = await ApiCalls.Json(await admin.PutAsJsonAsync($"{url}/members/{memberId}/check-in", new { checkedIn = false }), 200);
        Assert.False((bool?)checkedOut["members"]![0]!["checkedIn"]);
        Assert.Equal(0, (int?)(await Card(admin, e))["checkedIn"]);
    }

    [Fact]
    public async Task CheckIn_BadInput_UnknownMember_AndViewer_AreRefused()
    {
        var (admin, lead, e, url) = await Mission();
        var memberId = (string)(await ApiCalls.Json(await lead.PostAsJsonAsync($"{url}/members", new { name = "A", company = "B" }), 201))["members"]![0]!["id"]!;
        var viewerToken = await admin.IssueViewerToken(e);
        using var viewer = Server.Client(viewerToken);

        Assert.Equal(HttpStatusCode.BadRequest, (await lead.PutAsJsonAsync($"{url}/members/{memberId}/check-in", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await lead.PutAsJsonAsync($"{url}/members/NOT-A-SLUG/check-in", new { checkedIn = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.PutAsJsonAsync($"{url}/members/nobody/check-in", new { checkedIn = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"{url}/members/{memberId}/check-in", new { checkedIn = true })).StatusCode);
        Assert.False((bool?)(await ApiCalls.Json(await admin.GetAsync(url), 200))["members"]![0]!["checkedIn"]);
    }

    private async Task<(HttpClient Admin, HttpClient Lead, string EditionId, string MissionUrl)> Mission()
    {
        var admin = Server.Client();
        var (editionId, mission) = await admin.CreateEditionWithMission();
        return (admin, Server.Client((string)mission["leadToken"]!), editionId, $"/api/editions/{editionId}/missions/drenche");
    }

    private static async Task<JsonNode> Card(HttpClient admin, string editionId) =>
        (await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200))["missions"]!.AsArray().First(m => (string?)m!["id"] == "drenche")!;

    private static async Task<int?> OpenHelpRequests(HttpClient admin, string editionId) => (int?)(await Card(admin, editionId))["openHelpRequests"];
}
