namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>Someone to invite: the web host has already issued their token (<paramref name="TokenId"/>).</summary>
/// <param name="Source">What the respondent stands for when invited from the edition ("member:{missionId}/{memberId}",
/// "association:{id}", "company:{name}"): inviting from the edition again skips those already invited.</param>
[GenerateSerializer, Immutable]
public sealed record NewRespondent(
    [property: Id(0)] string Id,
    [property: Id(1)] SurveyRole Role,
    [property: Id(2)] string? Name,
    [property: Id(3)] string? MissionId,
    [property: Id(4)] string? Source,
    [property: Id(5)] string TokenId);
