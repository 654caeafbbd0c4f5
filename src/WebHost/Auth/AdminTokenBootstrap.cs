
namespace Orchestrator.WebHost.Auth;

/// <summary>
/// A venue laptop started with no configured admin token still gets one: generated once, kept in
/// <c>data/admin-token</c> (owner-only), and its location logged, never the token itself.
/// </summary>
internal static class AdminTokenBootstrap
{
    public static string? GeneratedFile { get; private set; }

    public static void Ensure(IConfigurationManager configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration["Orchestrator:AdminToken"]))
        {
            return;
        }

        var file = Path.GetFullPath(Path.Combine("data", "admin-token"));
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, Tokens.New());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        configuration["Orchestrator:AdminToken"] = File.ReadAllText(file).Trim();
        GeneratedFile = file;
    }
}
