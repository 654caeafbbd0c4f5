namespace Orchestrator.WebHost.Api.Contracts;

public sealed record SurveyQuestionResponse(
    string Id, string Kind, string Label, string? LabelEn, int? Min, int? Max, IReadOnlyList<string>? Options, bool Required);
