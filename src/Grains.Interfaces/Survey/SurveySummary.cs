namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>Counts only: no names, no comments, so every screen of the edition may hear it.</summary>
/// <param name="ByRole">Every role, those without respondents included.</param>
[GenerateSerializer, Immutable]
public sealed record SurveySummary(
    [property: Id(0)] SurveyStatus Status,
    [property: Id(1)] int Invited,
    [property: Id(2)] int Responded,
    [property: Id(3)] decimal? Nps,
    [property: Id(4)] IReadOnlyDictionary<SurveyRole, RoleSummary> ByRole,
    [property: Id(5)] decimal? Satisfaction,
    [property: Id(6)] decimal? ResponseRate);
