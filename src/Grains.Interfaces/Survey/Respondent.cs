namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>An invited respondent. <see cref="Name"/> is personal data: the admin sees it, nobody else.</summary>
[GenerateSerializer, Immutable]
public sealed record Respondent(
    [property: Id(0)] string Id,
    [property: Id(1)] SurveyRole Role,
    [property: Id(2)] string? Name,
    [property: Id(3)] string? MissionId,
    [property: Id(4)] string? Source,
    [property: Id(5)] string TokenId,
    [property: Id(6)] DateTimeOffset InvitedAt);
