namespace Orchestrator.LoadGenerator;

internal sealed record LatencySummary(long Deliveries, double P50, double P99, double Max);
