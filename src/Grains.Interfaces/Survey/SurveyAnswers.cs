namespace Orchestrator.Grains.Interfaces.Survey;

/// <param name="Nps">"Would you recommend…": 0 to 10.</param>
/// <param name="Satisfaction">1 to 5.</param>
/// <param name="Extra">Answers to the role's added questions, by question id (a scale as its number, a choice as its option).</param>
[GenerateSerializer, Immutable]
public sealed record SurveyAnswers(
    [property: Id(0)] int Nps,
    [property: Id(1)] int Satisfaction,
    [property: Id(2)] string? Comment,
    [property: Id(3)] IReadOnlyDictionary<string, string>? Extra = null);
