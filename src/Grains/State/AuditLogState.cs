using Orchestrator.Grains.Interfaces.Audit;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class AuditLogState
{
    [Id(0)] public List<AuditEntry> OpenPage { get; set; } = [];

    [Id(1)] public long SealedPages { get; set; }

    /// <summary>A copy that later appends leave alone (entries are immutable): what a write stores while appends go on.</summary>
    public AuditLogState Copy() => new() { OpenPage = [.. OpenPage], SealedPages = SealedPages };
}
