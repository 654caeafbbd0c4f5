namespace Orchestrator.Grains.Interfaces.Presence;

/// <summary>A web host's connection on a mission's team page, as the host reports it.</summary>
[GenerateSerializer, Immutable]
public sealed record PresentConnection(
    [property: Id(0)] string ConnectionId,
    [property: Id(1)] PresentMember Member);
