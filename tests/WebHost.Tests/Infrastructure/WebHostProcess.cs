using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Orchestrator.TestSupport;

namespace Orchestrator.WebHost.Tests.Infrastructure;

/// <summary>
/// The real WebHost process from its build output (co-hosted silo, the SQLite file given), JSON logs on
/// stdout read line by line; killed with its children when disposed.
/// </summary>
public sealed class WebHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly Task _stdout;
    private readonly Task<string> _stderr;

    private WebHostProcess(Process process)
    {
        _process = process;
        _stdout = Pump(process.StandardOutput, _lines.Writer);
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <param name="workingDirectory">Where it runs (its <c>data/</c> goes there); its build output when null.</param>
    /// <param name="environment">Settings added to (or replacing) the defaults.</param>
    public static WebHostProcess Start(int port, string connectionString, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var webHost = Directory();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? webHost,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(webHost, "Orchestrator.WebHost.dll"));
        var settings = start.Environment;
        settings["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        settings["ASPNETCORE_ENVIRONMENT"] = "Production";
        settings["Orchestrator__Logging__Json"] = "true";
        settings["Orchestrator__AdminToken"] = OrchestratorServer.AdminToken;
        settings["Orchestrator__Storage__ConnectionString"] = connectionString;
        settings["Orchestrator__Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings["Orchestrator__Cluster__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings["Orchestrator__Cluster__ServiceId"] = $"test-{Guid.NewGuid():n}";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return new WebHostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>The WebHost's own build output, of the same configuration as these tests.</summary>
    public static string Directory()
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

    /// <summary>The next stdout line that matches; every line before it must be JSON too.</summary>
    public async Task<JsonDocument> NextLine(Func<JsonDocument, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            var text = await _lines.Reader.ReadAsync(cancellationToken);
            var line = JsonDocument.Parse(text);
            if (match(line))
            {
                return line;
            }

            line.Dispose();
        }
    }

    public static string Message(JsonDocument line) =>
        line.RootElement.TryGetProperty("Message", out var message) ? message.GetString() ?? "" : "";

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None);
        await _stdout;
        _ = await _stderr;
        _process.Dispose();
    }

    private static async Task Pump(StreamReader output, ChannelWriter<string> lines)
    {
        while (await output.ReadLineAsync() is { } line)
        {
            lines.TryWrite(line);
        }

        lines.Complete();
    }
}
