namespace Orchestrator.Grains.Interfaces.Editions;

/// <summary>The closing display's reveal after a change: the mission just revealed (none on a reset) and all revealed so far, in order.</summary>
[GenerateSerializer, Immutable]
public sealed record RevealState(
    [property: Id(0)] long Version,
    [property: Id(1)] string? MissionId,
    [property: Id(2)] IReadOnlyList<string> Revealed);
