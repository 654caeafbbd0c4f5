namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Kind"><c>scale</c> (whole numbers <c>min</c>–<c>max</c>), <c>choice</c> (one of <c>options</c>) or <c>text</c>.</param>
public sealed record SurveyQuestionRequest(
    string? Id, string? Kind, string? Label, string? LabelEn, int? Min, int? Max, IReadOnlyList<string?>? Options, bool? Required);
