namespace Orchestrator.WebHost.Idempotency;

/// <summary>
/// Endpoint metadata: the answer carries a token, shown once and never stored in clear, so a replay
/// cannot repeat it and says so instead.
/// </summary>
public sealed class SecretInAnswer
{
    public static SecretInAnswer Instance { get; } = new();

    private SecretInAnswer()
    {
    }
}
