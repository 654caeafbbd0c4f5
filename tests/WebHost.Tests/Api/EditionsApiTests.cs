using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class EditionsApiTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task Health_Answers200_WithoutAToken()
    {
        using var anonymous = Server.Client(token: null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task CreateEdition_ThenGet_ReturnsTheSnapshot()
    {
        using var admin = Server.Client();
        var id = ApiCalls.NewId("factory");
        var created = await ApiCalls.CreateEdition(admin, id);
        var read = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{id}"), 200);

        Assert.Equal(id, (string?)created["id"]);
        Assert.Equal(1, (long?)read["version"]);
        Assert.Equal("factory", (string?)read["format"]);
        Assert.Equal(0, (int?)read["counters"]!["missions"]);
        Assert.Empty(read["missions"]!.AsArray());
    }

    [Fact]
    public async Task CreateEdition_Twice_Is409ProblemJson()
    {
        using var admin = Server.Client();
        var id = ApiCalls.NewId("factory");
        await ApiCalls.CreateEdition(admin, id);
        var again = await admin.PostAsJsonAsync("/api/editions", ApiCalls.Edition(id));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NoToken_Is401_AndWrongToken_Is401()
    {
        using var anonymous = Server.Client(token: null);
        using var forged = Server.Client("not-a-token");
        var none = await anonymous.GetAsync("/api/editions/whatever");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.PostAsJsonAsync("/api/editions", ApiCalls.Edition(ApiCalls.NewId("x")))).StatusCode);
    }

    [Fact]
    public async Task MalformedJson_Is400ProblemJson_AndCreatesNothing()
    {
        using var admin = Server.Client();
        var id = ApiCalls.NewId("broken");
        var response = await admin.PostAsync("/api/editions", new StringContent($"{{\"id\":\"{id}\",\"title\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/editions/{id}")).StatusCode);
    }

    [Fact]
    public async Task InvalidFields_Are400_WithEveryProblemNamed()
    {
        using var admin = Server.Client();
        var response = await admin.PostAsJsonAsync("/api/editions", new
        {
            id = "Not A Slug",
            title = "<script>alert(1)</script>",
            territory = "Paris",
            format = "festival",
            timezone = "Mars/Olympus",
            days = Array.Empty<object>(),
        });
        var problem = await ApiCalls.Json(response, 400);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("id"));
        Assert.True(errors.ContainsKey("title"));
        Assert.True(errors.ContainsKey("format"));
        Assert.True(errors.ContainsKey("timezone"));
        Assert.True(errors.ContainsKey("days"));
    }

    [Fact]
    public async Task UnknownEdition_Is404ProblemJson()
    {
        using var admin = Server.Client();
        var response = await admin.GetAsync($"/api/editions/{ApiCalls.NewId("nowhere")}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Announcement_Is202_AndRaisesTheVersion()
    {
        using var admin = Server.Client();
        var id = ApiCalls.NewId("factory");
        await ApiCalls.CreateEdition(admin, id);
        var response = await admin.PostAsJsonAsync($"/api/editions/{id}/announcements", new { message = "Les restitutions commencent dans 15 minutes" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, (long?)(await ApiCalls.Json(await admin.GetAsync($"/api/editions/{id}"), 200))["version"]);
    }
}
