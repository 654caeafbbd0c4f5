namespace Orchestrator.WebHost.Api.Contracts;

public sealed record SurveyQuestionsRequest(IReadOnlyList<SurveyQuestionRequest?>? Questions);
