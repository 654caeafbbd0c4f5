namespace Orchestrator.Grains.Interfaces.Associations;

[GenerateSerializer, Immutable]
public sealed record AssociationProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Cause,
    [property: Id(3)] IReadOnlyList<string> MissionKeys);
