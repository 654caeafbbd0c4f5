using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
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
        using var host = StartWebHost(port, database.ConnectionString);
        var lines = Channel.CreateUnbounded<string>();
        var stdout = Pump(host.StandardOutput, lines.Writer);
        var stderr = host.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            var listening = await NextLine(lines.Reader, l => Message(l).Contains("Now listening on", StringComparison.Ordinal), timeout.Token);
            Assert.Equal("Microsoft.Hosting.Lifetime", listening.RootElement.GetProperty("Category").GetString());

            var traceId = ActivityTraceId.CreateRandom().ToHexString();
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            using var response = await client.SendAsync(request, timeout.Token);
            response.EnsureSuccessStatusCode();

            using var line = await NextLine(lines.Reader, l => TraceIds(l).Contains(traceId), timeout.Token);
            Assert.Equal("Microsoft.AspNetCore.Hosting.Diagnostics", line.RootElement.GetProperty("Category").GetString());
            Assert.Contains(line.RootElement.GetProperty("Scopes").EnumerateArray(), s => s.TryGetProperty("SpanId", out _));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(CancellationToken.None);
            await stdout;
            _ = await stderr;
        }
    }

    private static Process StartWebHost(int port, string connectionString)
    {
        var webHost = WebHostDirectory();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webHost,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(webHost, "Orchestrator.WebHost.dll"));
        var environment = start.Environment;
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["Orchestrator__Logging__Json"] = "true";
        environment["Orchestrator__AdminToken"] = OrchestratorServer.AdminToken;
        environment["Orchestrator__Storage__ConnectionString"] = connectionString;
        environment["Orchestrator__Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        environment["Orchestrator__Cluster__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        environment["Orchestrator__Cluster__ServiceId"] = $"test-{Guid.NewGuid():n}";
        // The request lines of ASP.NET Core are below the shipped level (Warning): ask for them.
        environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>The WebHost's own build output, of the same configuration as these tests.</summary>
    private static string WebHostDirectory()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        for (var directory = testOutput; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Orchestrator.sln")))
            {
                return Path.Combine(directory.FullName, "src", "WebHost", "bin", configuration, framework);
            }
        }

        throw new DirectoryNotFoundException("Orchestrator.sln not found above the test output.");
    }

    private static async Task Pump(StreamReader output, ChannelWriter<string> lines)
    {
        while (await output.ReadLineAsync() is { } line)
        {
            lines.TryWrite(line);
        }

        lines.Complete();
    }

    /// <summary>The next stdout line that matches; every line before it must be JSON too.</summary>
    private static async Task<JsonDocument> NextLine(ChannelReader<string> lines, Func<JsonDocument, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            var text = await lines.ReadAsync(cancellationToken);
            var line = JsonDocument.Parse(text);
            if (match(line))
            {
                return line;
            }

            line.Dispose();
        }
    }

    private static string Message(JsonDocument line) =>
        line.RootElement.TryGetProperty("Message", out var message) ? message.GetString() ?? "" : "";

    private static HashSet<string> TraceIds(JsonDocument line) =>
        line.RootElement.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray()
                .Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("TraceId", out _))
                .Select(s => s.GetProperty("TraceId").GetString() ?? "")
                .ToHashSet(StringComparer.Ordinal)
            : [];
}
