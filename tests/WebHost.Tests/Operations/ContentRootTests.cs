using Orchestrator.TestSupport;
using Orchestrator.WebHost.Hosting;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

/// <summary>
/// Started from another directory, the host still reads its settings and serves its pages from its own
/// folder, and keeps its data in the directory it runs in. The benchmarks once ran it so: no settings,
/// every request logged at Information (the p99 at 1,000 updates/s 3 to 8 times longer), no pages.
/// </summary>
public sealed class ContentRootTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _elsewhere = Path.Combine(Path.GetTempPath(), $"content-root-{Guid.NewGuid():n}");

    [Fact]
    public async Task StartedFromAnotherDirectory_ReadsItsOwnFolder_AndKeepsDataWhereItRuns_NoSettingsFromElsewhereBug()
    {
        Directory.CreateDirectory(_elsewhere);
        using var database = new TempSqliteDatabase("content-root");
        await using var host = WebHostProcess.Start(FreePort.Next(), database.ConnectionString, workingDirectory: _elsewhere);
        using var timeout = new CancellationTokenSource(Patience);

        using var line = await host.NextLine(l => WebHostProcess.Message(l).StartsWith("Content root path:", StringComparison.Ordinal), timeout.Token);

        var contentRoot = WebHostProcess.Message(line)["Content root path:".Length..].Trim();
        Assert.Equal(Path.TrimEndingDirectorySeparator(WebHostProcess.Directory()), Path.TrimEndingDirectorySeparator(contentRoot));
        Assert.True(File.Exists(Path.Combine(_elsewhere, "data", "token-secret")));
    }

    [Fact]
    public void Choose_LeavesTheDefault_WhenOneIsNamed_OrTheCurrentDirectoryHoldsTheSettings()
    {
        var current = Folder("current", withSettings: true);
        var application = Folder("application", withSettings: true);
        var bare = Folder("bare", withSettings: false);
        static string? None(string name) => null;

        Assert.Null(ContentRoot.Choose([], current, application, None));
        Assert.Null(ContentRoot.Choose(["--contentRoot", "/srv/x"], bare, application, None));
        Assert.Null(ContentRoot.Choose(["--contentRoot=/srv/x"], bare, application, None));
        Assert.Null(ContentRoot.Choose([], bare, application, name => name == "ASPNETCORE_CONTENTROOT" ? "/srv/x" : null));
        Assert.Null(ContentRoot.Choose([], bare, bare, None));
        Assert.Equal(application, ContentRoot.Choose(["--urls", "http://127.0.0.1:5000"], bare, application, None));
    }

    public void Dispose()
    {
        if (Directory.Exists(_elsewhere))
        {
            Directory.Delete(_elsewhere, recursive: true);
        }
    }

    private string Folder(string name, bool withSettings)
    {
        var folder = Path.Combine(_elsewhere, name);
        Directory.CreateDirectory(folder);
        if (withSettings)
        {
            File.WriteAllText(Path.Combine(folder, ContentRoot.SettingsFile), "{}");
        }

        return folder;
    }
}
