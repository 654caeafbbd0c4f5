namespace Orchestrator.Grains.Interfaces.Editions;

/// <param name="Start">Local time the day's work starts (default 09:00): the schedule missions are measured against.</param>
/// <param name="End">Local time the day's work ends (default 18:00).</param>
[GenerateSerializer, Immutable]
public sealed record EventDayInfo(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string Label,
    [property: Id(2)] TimeOnly? Start = null,
    [property: Id(3)] TimeOnly? End = null);
