namespace Orchestrator.LoadGenerator;

/// <summary>A mission of a bench edition and its team lead's token.</summary>
internal sealed record BenchLead(string MissionId, string Token);
