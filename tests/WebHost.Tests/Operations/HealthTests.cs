using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.TestSupport;
using Orchestrator.WebHost.Realtime;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

public sealed class HealthTests
{
    private static readonly TimeSpan RegisteredWithin = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Health_OnSqlite_LiveAndReadyAnswer200()
    {
        await using var server = OrchestratorServer.Start();
        using var anonymous = server.Client(token: null);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        var ready = await ReadyAfterRegistration(server, anonymous, HttpStatusCode.OK);
        Assert.Equal("ready", (string?)ready["status"]);
        Assert.Equal("Healthy", (string?)ready["checks"]!["storage"]!["status"]);
        Assert.Equal("Healthy", (string?)ready["checks"]!["cluster"]!["status"]);
        Assert.Equal("Healthy", (string?)ready["checks"]!["live-registration"]!["status"]);
        Assert.Equal("ok", (string?)JsonNode.Parse(await anonymous.GetStringAsync("/health"))!["status"]);
    }

    [Fact]
    public async Task Ready_WhenPostgresStops_Answers503NamingStorage_AndRecovers()
    {
        await using var postgres = await PostgresServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync($"ready_{Guid.NewGuid():n}");
        await using var server = OrchestratorServer.Start(new Dictionary<string, string?>
        {
            ["Orchestrator:Storage:Provider"] = "postgres",
            ["Orchestrator:Storage:ConnectionString"] = connectionString,
            // Each probe checks afresh, so the one right after the stop sees it (the reuse is tested alone).
            ["Orchestrator:Health:ReadyCacheFor"] = "00:00:00",
        });
        using var anonymous = server.Client(token: null);
        await ReadyAfterRegistration(server, anonymous, HttpStatusCode.OK);

        await postgres.StopAsync();
        var response = await anonymous.GetAsync("/health/ready");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Ready(anonymous, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("storage", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain(postgres.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Unhealthy", (string?)problem["checks"]!["storage"]!["status"]);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);

        await postgres.RestartAsync();
        Assert.Equal("Healthy", (string?)(await Ready(anonymous, HttpStatusCode.OK))["checks"]!["storage"]!["status"]);
    }

    /// <summary>Waits for the host's first live registration (its own event), then asks ready once.</summary>
    private static async Task<JsonNode> ReadyAfterRegistration(OrchestratorServer server, HttpClient client, HttpStatusCode expected)
    {
        await server.Services.GetRequiredService<LiveRegistrationStatus>().FirstRegistered.WaitAsync(RegisteredWithin);
        return await Ready(client, expected);
    }

    private static async Task<JsonNode> Ready(HttpClient client, HttpStatusCode expected)
    {
        var response = await client.GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"/health/ready answered {(int)response.StatusCode}, not {(int)expected}: {body}");
        return JsonNode.Parse(body)!;
    }
}
