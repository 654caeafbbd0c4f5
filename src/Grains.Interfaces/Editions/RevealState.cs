namespace Orchestrator.Grains.Interfaces.Editions;

/// <summary>
/// The closing display's reveal after a change: the mission just revealed (none after hiding them
/// all), all revealed so far in order, and whether the reveal has begun (until then the display
/// shows every outcome, as during the day).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RevealState(
    [property: Id(0)] long Version,
    [property: Id(1)] string? MissionId,
    [property: Id(2)] IReadOnlyList<string> Revealed,
    [property: Id(3)] bool Started);
