using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Interfaces.Editions;

/// <summary>Everything a screen needs to draw an edition; the base that live events build on.</summary>
[GenerateSerializer, Immutable]
public sealed record EditionSnapshot(
    [property: Id(0)] EditionInfo Info,
    [property: Id(1)] long Version,
    [property: Id(2)] EditionCounters Counters,
    [property: Id(3)] IReadOnlyList<MissionSummary> Missions,
    [property: Id(4)] IReadOnlyList<string> Companies,
    [property: Id(5)] IReadOnlyList<string>? Revealed = null,
    [property: Id(6)] bool RevealStarted = false,
    [property: Id(7)] IReadOnlyList<Announcement>? Pinned = null);
