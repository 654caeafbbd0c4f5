namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class ImpactState
{
    [Id(0)] public decimal? HourlyValue { get; set; }

    [Id(1)] public string? Currency { get; set; }
}
