namespace Orchestrator.WebHost.Auth;

/// <summary>
/// A venue laptop started with no configured admin token still gets one: generated once, kept in
/// <c>data/admin-token</c> (owner-only from the start, see <see cref="SecretFile"/>), and its location
/// logged, never the token itself. The same for the secret that signs issued tokens
/// (<c>Orchestrator:TokenSecret</c>, else <c>data/token-secret</c>): every host of a cluster must share it,
/// so a cluster configures it.
/// </summary>
internal static class AdminTokenBootstrap
{
    private const string AdminTokenKey = $"{AuthOptions.Section}:{nameof(AuthOptions.AdminToken)}";
    private const string TokenSecretKey = $"{AuthOptions.Section}:{nameof(AuthOptions.TokenSecret)}";

    public static string? GeneratedFile { get; private set; }

    public static void Ensure(IConfigurationManager configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[TokenSecretKey]))
        {
            configuration[TokenSecretKey] = SecretFile.ReadOrCreate(SecretFile.PathOf("token-secret"), TokenMac.NewSecret);
        }

        if (!string.IsNullOrWhiteSpace(configuration[AdminTokenKey]))
        {
            return;
        }

        var file = SecretFile.PathOf("admin-token");
        configuration[AdminTokenKey] = SecretFile.ReadOrCreate(file, Tokens.New);
        GeneratedFile = file;
    }
}
