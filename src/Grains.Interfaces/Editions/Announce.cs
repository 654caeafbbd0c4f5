namespace Orchestrator.Grains.Interfaces.Editions;

/// <param name="MissionId">Only that mission's pages hear it; null: every team of the edition.</param>
/// <param name="Pinned">It replaces the pinned announcement of the same audience (every team, or that mission).</param>
[GenerateSerializer, Immutable]
public sealed record Announce(
    [property: Id(0)] string Message,
    [property: Id(1)] string? MissionId = null,
    [property: Id(2)] bool Pinned = false);
