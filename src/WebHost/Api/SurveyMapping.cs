using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.WebHost.Api.Contracts;

namespace Orchestrator.WebHost.Api;

/// <summary>Survey grain messages to JSON contracts.</summary>
public static class SurveyMapping
{
    public static SurveySummaryResponse ToResponse(this SurveySummary s, string editionId) => new(
        editionId,
        WireNames.Of(s.Status),
        s.Invited,
        s.Responded,
        s.Nps,
        s.Satisfaction,
        s.ResponseRate,
        s.ByRole.OrderBy(r => r.Key).ToDictionary(
            r => WireNames.Of(r.Key),
            r => new RoleSummaryResponse(r.Value.Invited, r.Value.Responded, r.Value.Nps, r.Value.Promoters, r.Value.Passives, r.Value.Detractors, r.Value.Satisfaction, r.Value.ResponseRate)));

    public static LiveSurveyChanged ToLive(this SurveySummary s, string editionId, long version) => new(
        editionId,
        version,
        WireNames.Of(s.Status),
        s.Invited,
        s.Responded,
        s.Nps,
        s.ResponseRate,
        s.ByRole.OrderBy(r => r.Key).ToDictionary(
            r => WireNames.Of(r.Key),
            r => new LiveRoleProgress(r.Value.Invited, r.Value.Responded, r.Value.Nps, r.Value.ResponseRate)));

    public static SurveyQuestionResponse ToResponse(this SurveyQuestion q) => new(
        q.Id,
        WireNames.Of(q.Kind),
        q.Label,
        q.LabelEn,
        q.Kind == QuestionKind.Scale ? q.Min : null,
        q.Kind == QuestionKind.Scale ? q.Max : null,
        q.Options,
        q.Required);

    public static RespondentFormResponse ToResponse(this RespondentForm f, string editionTitle) => new(
        f.EditionId,
        editionTitle,
        f.RespondentId,
        WireNames.Of(f.Role),
        WireNames.Of(f.Status),
        f.Questions.Select(ToResponse).ToList(),
        f.Response is { Answers: var a } ? new SurveyAnswersResponse(a.Nps, a.Satisfaction, a.Comment, a.Extra ?? new Dictionary<string, string>()) : null,
        f.Response?.AnsweredAt);

    public static RespondentResponse ToResponse(this RespondentRecord r) => new(
        r.Respondent.Id, WireNames.Of(r.Respondent.Role), r.Respondent.Name, r.Respondent.MissionId, r.Respondent.TokenId, r.Respondent.InvitedAt, r.Response is not null);
}
