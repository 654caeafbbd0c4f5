namespace Orchestrator.Grains.Interfaces.Missions;

[GenerateSerializer, Immutable]
public sealed record HelpRequest(
    [property: Id(0)] string Id,
    [property: Id(1)] string MissionId,
    [property: Id(2)] string Skill,
    [property: Id(3)] string Message,
    [property: Id(4)] HelpRequestStatus Status,
    [property: Id(5)] DateTimeOffset CreatedAt);
