namespace Orchestrator.Grains.Interfaces.Impact;

/// <summary>The hourly value of a volunteer's time set by the organiser; none by default (the report says so).</summary>
[GenerateSerializer, Immutable]
public sealed record ImpactSettings(
    [property: Id(0)] decimal? HourlyValue,
    [property: Id(1)] string? Currency)
{
    public static ImpactSettings None { get; } = new(null, null);
}
