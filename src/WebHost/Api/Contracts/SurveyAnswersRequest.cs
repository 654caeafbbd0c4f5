namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Extra">Answers to the role's added questions, by question id: a scale's number, a choice's option, a text.</param>
public sealed record SurveyAnswersRequest(int? Nps, int? Satisfaction, string? Comment, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Extra);
