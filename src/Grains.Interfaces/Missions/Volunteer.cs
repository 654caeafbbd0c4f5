namespace Orchestrator.Grains.Interfaces.Missions;

[GenerateSerializer, Immutable]
public sealed record Volunteer(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Company,
    [property: Id(3)] bool Remote,
    [property: Id(4)] bool CheckedIn,
    [property: Id(5)] DateTimeOffset JoinedAt);
