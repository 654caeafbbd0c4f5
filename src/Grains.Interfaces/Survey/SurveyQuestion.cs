namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>A question the organiser adds for one role, besides the core ones (NPS, satisfaction, comment).</summary>
/// <param name="Label">The question in French (the events' language).</param>
/// <param name="LabelEn">The question in English; the French one is shown when absent.</param>
[GenerateSerializer, Immutable]
public sealed record SurveyQuestion(
    [property: Id(0)] string Id,
    [property: Id(1)] QuestionKind Kind,
    [property: Id(2)] string Label,
    [property: Id(3)] string? LabelEn = null,
    [property: Id(4)] int Min = 1,
    [property: Id(5)] int Max = 5,
    [property: Id(6)] IReadOnlyList<string>? Options = null,
    [property: Id(7)] bool Required = false);
