using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Api;

/// <summary>Ids are slugs to their very end, and a route's ids are checked before its body.</summary>
[Collection(ServerCollection.Name)]
public sealed class RouteIdTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    private IGrainFactory Grains => Server.Services.GetRequiredService<IGrainFactory>();

    /// <summary>In .NET '$' matches before a final newline: "e2\n" passed the slug check, was written, then failed with a 500.</summary>
    [Fact]
    public async Task Slug_TrailingNewline_IsRefused()
    {
        using var admin = Server.Client();
        var id = ApiCalls.NewId("newline") + "\n";

        var response = await admin.PostAsJsonAsync("/api/editions", ApiCalls.Edition(id));
        var problem = await ApiCalls.Json(response, 400);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem["errors"]!["id"]);
        Assert.Null(await Grains.GetGrain<IEditionGrain>(id).GetInfo());
        Assert.DoesNotContain(id, await Grains.GetGrain<IEditionDirectoryGrain>(0).List());
        Assert.Empty(await Grains.GetGrain<IAuditLogGrain>(id).Recent(10));
    }

    [Fact]
    public async Task MissionId_TrailingNewline_IsRefused_AndNothingWritten()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("newline");
        await ApiCalls.CreateEdition(admin, editionId);
        var missionId = "drenche\n";

        var problem = await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions", ApiCalls.Mission(missionId)), 400);

        Assert.NotNull(problem["errors"]!["id"]);
        Assert.Null(await Grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId)).Get());
        Assert.Equal(0, (int?)(await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200))["counters"]!["missions"]);
    }

    [Fact]
    public async Task BodyIds_TrailingNewline_AreRefused()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("newline");
        await ApiCalls.CreateEdition(admin, editionId);
        var mission = (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiCalls.Mission("drenche", associationId: "le-drenche\n")))!;
        mission["milestones"] = new JsonArray(new JsonObject { ["id"] = "framing\n", ["label"] = "Cadrage" });
        var phases = new { phases = new[] { new { id = "welcome\n", label = "Accueil", start = "09:00", end = "09:30" } } };

        var missionProblem = await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions", mission), 400);
        var scheduleProblem = await ApiCalls.Json(await admin.PutAsJsonAsync($"/api/editions/{editionId}/days/2018-11-14/schedule", phases), 400);

        Assert.NotNull(missionProblem["errors"]!["association.id"]);
        Assert.NotNull(missionProblem["errors"]!["milestones[0].id"]);
        Assert.NotNull(scheduleProblem["errors"]!["phases[0].id"]);
        Assert.Empty((await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/days/2018-11-14"), 200))["phases"]!.AsArray());
    }

    [Fact]
    public async Task RouteId_TrailingNewline_Is400_ForTheAdmin()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("newline");
        await ApiCalls.CreateEdition(admin, editionId);

        var problem = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}%0A"), 400);

        Assert.NotNull(problem["errors"]!["editionId"]);
    }

    [Fact]
    public async Task InvalidRouteId_IsRefusedBeforeTheBodyIsRead()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();

        using var response = await admin.PutAsync(
            $"/api/editions/{world.EditionId}/missions/NOT-A-SLUG/milestones/framing", new StringContent("{", Encoding.UTF8, "application/json"));
        var problem = await ApiCalls.Json(response, 400);

        Assert.NotNull(problem["errors"]!["missionId"]);
    }
}
