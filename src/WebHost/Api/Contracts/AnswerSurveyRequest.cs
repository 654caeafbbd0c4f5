namespace Orchestrator.WebHost.Api.Contracts;

public sealed record AnswerSurveyRequest(SurveyAnswersRequest? Answers);
