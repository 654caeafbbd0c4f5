using System.Diagnostics;
using System.Text.Json;
using Orchestrator.TestSupport;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

/// <summary>
/// The real WebHost process with <c>Orchestrator:Logging:Json=true</c>: its stdout is JSON lines, and the
/// lines written while serving a request carry that request's trace id (the one of its <c>traceparent</c>).
/// </summary>
public sealed class JsonLogsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task JsonLogs_AreJsonLines_AndARequestsLinesCarryItsTraceId()
    {
        using var database = new TempSqliteDatabase("json-logs");
        var port = FreePort.Next();

        // The request lines of ASP.NET Core are below the shipped level (Warning): ask for them.
        await using var host = WebHostProcess.Start(port, database.ConnectionString, environment: new Dictionary<string, string>
        {
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        using var timeout = new CancellationTokenSource(Patience);

        var listening = await host.NextLine(l => WebHostProcess.Message(l).Contains("Now listening on", StringComparison.Ordinal), timeout.Token);
        Assert.Equal("Microsoft.Hosting.Lifetime", listening.RootElement.GetProperty("Category").GetString());

        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await client.SendAsync(request, timeout.Token);
        response.EnsureSuccessStatusCode();

        using var line = await host.NextLine(l => TraceIds(l).Contains(traceId), timeout.Token);
        Assert.Equal("Microsoft.AspNetCore.Hosting.Diagnostics", line.RootElement.GetProperty("Category").GetString());
        Assert.Contains(line.RootElement.GetProperty("Scopes").EnumerateArray(), s => s.TryGetProperty("SpanId", out _));
    }

    private static HashSet<string> TraceIds(JsonDocument line) =>
        line.RootElement.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray()
                .Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("TraceId", out _))
                .Select(s => s.GetProperty("TraceId").GetString() ?? "")
                .ToHashSet(StringComparer.Ordinal)
            : [];
}
