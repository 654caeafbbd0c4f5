using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Audit;

/// <summary>
/// The audit trail of one edition (keyed by edition id), durable, keeping the most recent entries;
/// older ones are sealed into <see cref="IAuditPageGrain"/>s so a write never carries the whole trail.
/// </summary>
public interface IAuditLogGrain : IGrainWithStringKey
{
    Task Append(AuditEntry entry);

    /// <summary>The most recent entries, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<AuditEntry>> Recent(int limit);
}
