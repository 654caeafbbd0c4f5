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
}
