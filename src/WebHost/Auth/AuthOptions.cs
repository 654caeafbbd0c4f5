namespace Orchestrator.WebHost.Auth;

/// <summary>Bound from <c>Orchestrator</c>: the admin token and the secret issued tokens are signed with.</summary>
public sealed class AuthOptions
{
    public const string Section = "Orchestrator";

    /// <summary>The least length of a configured <see cref="TokenSecret"/>.</summary>
    public const int TokenSecretMinLength = 32;

    public string? AdminToken { get; set; }

    /// <summary>
    /// <c>Orchestrator:TokenSecret</c>: the key of the MAC every issued token carries, so a token the server never
    /// issued is refused without a storage read. Every host of a cluster must have the same one; a single host
    /// without it generates one into <c>data/token-secret</c>.
    /// </summary>
    public string? TokenSecret { get; set; }
}
