using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Audit;

/// <summary>A sealed page of an edition's audit trail, keyed <c>{editionId}/{pageNumber}</c>.</summary>
public interface IAuditPageGrain : IGrainWithStringKey
{
    Task Store(IReadOnlyList<AuditEntry> entries);

    [ReadOnly]
    Task<IReadOnlyList<AuditEntry>> Get();

    Task Clear();
}
