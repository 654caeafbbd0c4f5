namespace Orchestrator.Grains.Domain;

/// <summary>
/// Remembers the idempotency keys a mission has applied (the most recent <see cref="Capacity"/>, for
/// <see cref="RetainFor"/>), stored with the change itself so a retry after any restart applies once.
/// </summary>
public static class IdempotencyLedger
{
    public const int Capacity = 256;
    public static readonly TimeSpan RetainFor = TimeSpan.FromDays(3);

    public static AppliedRequest? Find(IReadOnlyList<AppliedRequest> applied, string? key) =>
        key is null ? null : applied.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.Ordinal));

    public static void Record(List<AppliedRequest> applied, AppliedRequest request, DateTimeOffset now)
    {
        applied.RemoveAll(a => now - a.AppliedAt > RetainFor);
        applied.Add(request);
        if (applied.Count > Capacity)
        {
            applied.RemoveRange(0, applied.Count - Capacity);
        }
    }
}
