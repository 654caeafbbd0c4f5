namespace Orchestrator.Grains.Interfaces.Editions;

/// <param name="MissionId">Only that mission's team and lead pages hear it (the desk hears all); null: every team.</param>
/// <param name="Pinned">It stays on the lead and team pages it was sent to until the desk unpins it.</param>
[GenerateSerializer, Immutable]
public sealed record Announcement(
    [property: Id(0)] string Id,
    [property: Id(1)] string Message,
    [property: Id(2)] DateTimeOffset SentAt,
    [property: Id(3)] string? MissionId = null,
    [property: Id(4)] bool Pinned = false);
