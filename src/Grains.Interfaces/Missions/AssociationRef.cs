namespace Orchestrator.Grains.Interfaces.Missions;

[GenerateSerializer, Immutable]
public sealed record AssociationRef(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Cause);
