namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>A respondent with their answer (null before they answer): one row of the export.</summary>
[GenerateSerializer, Immutable]
public sealed record RespondentRecord(
    [property: Id(0)] Respondent Respondent,
    [property: Id(1)] SurveyResponse? Response);
