namespace Orchestrator.Grains.Interfaces.Missions;

[GenerateSerializer, Immutable]
public sealed record MilestoneDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Label);
