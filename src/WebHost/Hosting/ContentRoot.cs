namespace Orchestrator.WebHost.Hosting;

/// <summary>
/// Where the host finds its <c>appsettings.json</c> and pages. ASP.NET Core looks in the current directory;
/// started from elsewhere (a published folder run as <c>dotnet /opt/orchestrator/Orchestrator.WebHost.dll</c>,
/// a benchmark's work directory) it found no settings, so every request was logged at Information, and no
/// pages. Then the application's own folder is used, when it holds the settings. <c>data/</c> stays in the
/// current directory either way.
/// </summary>
internal static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>
    /// The content root to give the builder, or null to leave ASP.NET Core's choice: when one is named
    /// (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>), when the current
    /// directory holds the settings (<c>dotnet run</c>, the tests), or when the application's folder does not.
    /// </summary>
    public static string? Choose(IReadOnlyList<string> args, string currentDirectory, string applicationDirectory, Func<string, string?> environment)
    {
        var named = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)
                || a.StartsWith("/contentRoot", StringComparison.OrdinalIgnoreCase)
                || a.StartsWith("contentRoot=", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT"));
        if (named || File.Exists(Path.Combine(currentDirectory, SettingsFile)))
        {
            return null;
        }

        return File.Exists(Path.Combine(applicationDirectory, SettingsFile)) ? applicationDirectory : null;
    }
}
