using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

[Collection(OperationsCollection.Name)]
public sealed class MetricsTests(ServerFixture fixture)
{
    private const string UpdatesAccepted = "orchestrator_updates_accepted_total";

    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task Metrics_ForTheAdmin_ListOrleansAndOrchestratorMetrics()
    {
        using var admin = Server.Client();
        await ApiCalls.CreateEdition(admin, ApiCalls.NewId("metrics"));

        var response = await admin.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var names = MetricNames(text);
        Assert.Contains(names, n => n.StartsWith("orleans", StringComparison.Ordinal));
        Assert.Contains(UpdatesAccepted, names);
    }

    [Fact]
    public async Task Metrics_AfterAnotherHostOfTheProcessStops_StillListThisHostsOrleansMetrics()
    {
        // Hosts share a process in tests and benches. Each must scrape its own Orleans meter: when a
        // listener took every "Microsoft.Orleans" meter of the process, a stopping neighbour ended the
        // shared streams and this host's Orleans metrics disappeared from its scrape.
        await using (var neighbour = OrchestratorServer.Start())
        {
            using var other = neighbour.Client();
            await ApiCalls.CreateEdition(other, ApiCalls.NewId("neighbour"));
        }

        using var admin = Server.Client();
        await ApiCalls.CreateEdition(admin, ApiCalls.NewId("metrics"));
        await admin.GetStringAsync("/metrics"); // a collection after the neighbour stopped drops ended streams
        await ApiCalls.CreateEdition(admin, ApiCalls.NewId("metrics"));
        var names = MetricNames(await admin.GetStringAsync("/metrics"));

        Assert.Contains(names, n => n.StartsWith("orleans", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdatesAccepted_MovesAfterAnUpdate_ByKind()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("counted");
        await ApiCalls.CreateEdition(admin, editionId);
        const string kind = "POST /api/editions/{editionId}/missions";
        var before = Sum(await admin.GetStringAsync("/metrics"), UpdatesAccepted, kind);

        await ApiCalls.CreateMission(admin, editionId, "drenche");
        await ApiCalls.CreateMission(admin, editionId, "auxilia");
        var refused = await admin.PostAsync($"/api/editions/{editionId}/missions/", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before + 2, Sum(await admin.GetStringAsync("/metrics"), UpdatesAccepted, kind));
    }

    [Fact]
    public async Task ScreensAndResyncs_AreCounted()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("screens");
        await ApiCalls.CreateEdition(admin, editionId);
        var resyncsBefore = Sum(await admin.GetStringAsync("/metrics"), "orchestrator_resyncs_total", null);

        await using var screen = Server.Hub();
        await screen.StartAsync();
        await screen.InvokeAsync<System.Text.Json.JsonElement>("JoinEdition", editionId);
        await screen.InvokeAsync<System.Text.Json.JsonElement>("JoinEdition", editionId);
        var exposition = await admin.GetStringAsync("/metrics");

        Assert.True(Sum(exposition, "orchestrator_screens_connected", null) >= 1, exposition);
        Assert.Equal(resyncsBefore + 1, Sum(exposition, "orchestrator_resyncs_total", null));
    }

    [Fact]
    public async Task Metrics_RefuseAViewerToken_WithProblem()
    {
        using var admin = Server.Client();
        var viewer = await ViewerTokens.OfNewEdition(admin, "metrics");

        using var asViewer = Server.Client(viewer);
        var response = await asViewer.GetAsync("/metrics");
        using var anonymous = Server.Client(token: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);
    }

    private static HashSet<string> MetricNames(string exposition) =>
        exposition.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line[..line.IndexOfAny(['{', ' '])])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The sum of a metric's samples whose labels contain <paramref name="labelValue"/> (a label value may hold spaces).</summary>
    private static double Sum(string exposition, string name, string? labelValue) =>
        exposition.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal)
                && (labelValue is null || line.Contains($"\"{labelValue}\"", StringComparison.Ordinal)))
            .Sum(line => double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
