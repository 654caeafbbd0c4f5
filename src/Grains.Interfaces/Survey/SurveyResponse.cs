namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>A respondent's answer; answering again replaces it (and moves <see cref="AnsweredAt"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record SurveyResponse(
    [property: Id(0)] string RespondentId,
    [property: Id(1)] SurveyAnswers Answers,
    [property: Id(2)] DateTimeOffset AnsweredAt);
