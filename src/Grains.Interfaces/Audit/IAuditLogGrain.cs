using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Audit;

/// <summary>
/// The audit trail of one edition (keyed by edition id), durable, keeping the most recent entries;
/// older ones are sealed into <see cref="IAuditPageGrain"/>s so a write never carries the whole trail.
/// </summary>
public interface IAuditLogGrain : IGrainWithStringKey
{
    /// <summary>
    /// Completes once the entry is stored. Appends interleave: those that arrive while a write is in flight
    /// share the next one, so an edition's changes are not audited one write at a time.
    /// </summary>
    [AlwaysInterleave]
    Task Append(AuditEntry entry);

    /// <summary>The most recent entries, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<AuditEntry>> Recent(int limit);
}
