using Orchestrator.Grains.Interfaces.Audit;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class AuditPageState
{
    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];
}
