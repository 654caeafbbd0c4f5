namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>What a respondent's page shows: the questions of their role and their current answer, if any.</summary>
[GenerateSerializer, Immutable]
public sealed record RespondentForm(
    [property: Id(0)] string EditionId,
    [property: Id(1)] string RespondentId,
    [property: Id(2)] SurveyRole Role,
    [property: Id(3)] SurveyStatus Status,
    [property: Id(4)] IReadOnlyList<SurveyQuestion> Questions,
    [property: Id(5)] SurveyResponse? Response);
