namespace Orchestrator.WebHost.Tests.Pages;

/// <summary>The pages' sources as the web host serves them: <c>src/WebHost/wwwroot</c> of this checkout.</summary>
internal static class PageSources
{
    public static string WebRoot { get; } = FindWebRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(WebRoot, relativePath));

    /// <summary>Every page and script, by path relative to wwwroot, except what <paramref name="skip"/> names.</summary>
    public static IEnumerable<(string Path, string Text)> All(Func<string, bool> skip) =>
        Directory.EnumerateFiles(WebRoot, "*.html")
            .Concat(Directory.EnumerateFiles(Path.Combine(WebRoot, "js"), "*.js", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(WebRoot, file).Replace('\\', '/'))
            .Where(path => !skip(path))
            .Select(path => (path, Read(path)));

    private static string FindWebRoot()
    {
        var start = new DirectoryInfo(AppContext.BaseDirectory);
        var found = EnumerateUp(start).Select(d => Path.Combine(d.FullName, "src", "WebHost", "wwwroot")).FirstOrDefault(Directory.Exists);
        return found ?? throw new DirectoryNotFoundException($"No src/WebHost/wwwroot above {start.FullName}.");
    }

    private static IEnumerable<DirectoryInfo> EnumerateUp(DirectoryInfo? directory)
    {
        for (; directory is not null; directory = directory.Parent)
        {
            yield return directory;
        }
    }
}
