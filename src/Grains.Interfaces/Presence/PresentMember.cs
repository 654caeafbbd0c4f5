namespace Orchestrator.Grains.Interfaces.Presence;

/// <summary>
/// One connection of a mission's team page. <see cref="MemberId"/> and <see cref="Name"/> are set once
/// the person said who they are (a team link is shared, so a connection alone is anonymous).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PresentMember(
    [property: Id(0)] string? MemberId = null,
    [property: Id(1)] string? Name = null);
