using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class ScheduleApiTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task Schedule_IsStored_AndReadBackInOrder()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("factory");
        await ApiCalls.CreateEdition(admin, editionId);
        var phases = new[]
        {
            new { id = "atelier", label = "Atelier", start = "14:00", end = "18:00" },
            new { id = "cadrage", label = "Cadrage", start = "09:00", end = "12:30" },
        };

        await ApiCalls.Json(await admin.PutAsJsonAsync($"/api/editions/{editionId}/days/2018-11-14/schedule", new { phases }), 200);
        var day = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/days/2018-11-14"), 200);

        Assert.Equal(["cadrage", "atelier"], day["phases"]!.AsArray().Select(p => (string?)p!["id"]));
        Assert.Equal("Europe/Paris", (string?)day["timezone"]);
    }

    [Fact]
    public async Task Schedule_ForADayOutsideTheEdition_Is404_AndOverlaps_Are400()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("factory");
        await ApiCalls.CreateEdition(admin, editionId);
        var one = new[] { new { id = "a", label = "A", start = "09:00", end = "10:00" } };
        var overlapping = new[] { new { id = "a", label = "A", start = "09:00", end = "11:00" }, new { id = "b", label = "B", start = "10:00", end = "12:00" } };

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/editions/{editionId}/days/2018-11-20/schedule", new { phases = one })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"/api/editions/{editionId}/days/2018-11-14/schedule", new { phases = overlapping })).StatusCode);
        Assert.Empty((await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/days/2018-11-14"), 200))["phases"]!.AsArray());
    }
}
