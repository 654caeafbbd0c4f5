namespace Orchestrator.WebHost.Api.Contracts;

public sealed record SurveyAnswersResponse(int Nps, int Satisfaction, string? Comment, IReadOnlyDictionary<string, string> Extra);
