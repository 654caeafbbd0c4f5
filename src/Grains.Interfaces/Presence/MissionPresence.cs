namespace Orchestrator.Grains.Interfaces.Presence;

/// <summary>
/// Who of a mission's team is connected now, across every web host. <see cref="Sequence"/> only
/// grows (it starts from the clock when the grain activates), so a client keeps the highest one.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MissionPresence(
    [property: Id(0)] string EditionId,
    [property: Id(1)] string MissionId,
    [property: Id(2)] long Sequence,
    [property: Id(3)] IReadOnlyList<PresentMember> Present);
