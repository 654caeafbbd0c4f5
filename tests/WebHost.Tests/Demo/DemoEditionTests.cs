using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Demo;

public sealed class DemoEditionTests
{
    [Fact]
    public async Task Demo_LoadsTheFactory2018_AndARestartLosesNothing()
    {
        using var store = new SharedStore("demo", new Dictionary<string, string?> { ["Orchestrator:Demo:Load"] = "true" });
        long versionBeforeStop;
        await using (var first = store.StartHost())
        {
            using var admin = first.Client();
            var edition = await ApiCalls.Json(await admin.GetAsync("/api/editions/factory-2018"), 200);
            var counters = edition["counters"]!;
            Assert.Equal(22, (int?)counters["missions"]);
            Assert.Equal(20, (int?)counters["associations"]);
            Assert.Equal(250, (int?)counters["volunteers"]);
            Assert.Equal(15, (int?)counters["companies"]);
            Assert.Contains(edition["missions"]!.AsArray(), m => (string?)m!["health"] == "blocked");

            await ApiCalls.Json(await admin.PutAsJsonAsync("/api/editions/factory-2018/missions/andibo/milestones/presentation", new { status = "done", note = "Restitution faite" }), 200);
            versionBeforeStop = (long)(await ApiCalls.Json(await admin.GetAsync("/api/editions/factory-2018"), 200))["version"]!;
        }

        await using var second = store.StartHost();
        using var again = second.Client();
        var reloaded = await ApiCalls.Json(await again.GetAsync("/api/editions/factory-2018"), 200);
        var andibo = await ApiCalls.Json(await again.GetAsync("/api/editions/factory-2018/missions/andibo"), 200);
        Assert.Equal(versionBeforeStop, (long?)reloaded["version"]);
        Assert.Equal(250, (int?)reloaded["counters"]!["volunteers"]);
        Assert.Equal("Restitution faite", (string?)andibo["milestones"]!.AsArray().Single(m => (string?)m!["id"] == "presentation")!["note"]);
    }
}
