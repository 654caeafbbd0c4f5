namespace Orchestrator.WebHost.Idempotency;

/// <summary>
/// Endpoint metadata: a POST that changes nothing (a backup), so its <c>Idempotency-Key</c> is not
/// recorded and a retry simply runs again. Its answer (the whole store, for a backup) is never buffered
/// in memory nor copied into the store as a replay record.
/// </summary>
public sealed class NotReplayed
{
    public static NotReplayed Instance { get; } = new();

    private NotReplayed()
    {
    }
}
