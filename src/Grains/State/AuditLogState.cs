using Orchestrator.Grains.Interfaces.Audit;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class AuditLogState
{
    [Id(0)] public List<AuditEntry> OpenPage { get; set; } = [];

    [Id(1)] public long SealedPages { get; set; }
}
