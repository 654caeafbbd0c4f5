namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>
/// A respondent's own survey: the core questions are always <c>nps</c> (0–10), <c>satisfaction</c> (1–5) and
/// <c>comment</c> (≤ 2,000 characters); <c>questions</c> are those added for the respondent's role.
/// <c>answers</c> is null until they answer.
/// </summary>
public sealed record RespondentFormResponse(
    string EditionId,
    string EditionTitle,
    string RespondentId,
    string Role,
    string Status,
    IReadOnlyList<SurveyQuestionResponse> Questions,
    SurveyAnswersResponse? Answers,
    DateTimeOffset? AnsweredAt);
