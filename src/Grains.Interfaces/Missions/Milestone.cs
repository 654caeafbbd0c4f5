namespace Orchestrator.Grains.Interfaces.Missions;

[GenerateSerializer, Immutable]
public sealed record Milestone(
    [property: Id(0)] string Id,
    [property: Id(1)] string Label,
    [property: Id(2)] MilestoneStatus Status,
    [property: Id(3)] string? Note,
    [property: Id(4)] DateTimeOffset? UpdatedAt);
