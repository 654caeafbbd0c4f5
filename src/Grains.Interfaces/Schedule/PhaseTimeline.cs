namespace Orchestrator.Grains.Interfaces.Schedule;

/// <summary>
/// A phase as the day is actually running it: when it starts and ends now that the desk has ended phases
/// early, extended them or started one by hand. <see cref="DriftMinutes"/> is how far its end is from the
/// plan (+ late, − early).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PhaseTimeline(
    [property: Id(0)] string PhaseId,
    [property: Id(1)] DateTimeOffset Start,
    [property: Id(2)] DateTimeOffset End,
    [property: Id(3)] PhaseStatus Status,
    [property: Id(4)] int DriftMinutes);
