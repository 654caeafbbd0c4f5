using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Domain.Survey;

/// <summary>The survey's figures, overall and per role, from who is invited and who answered.</summary>
public static class SurveyTally
{
    public static SurveySummary Summarise(
        SurveyStatus status, IReadOnlyCollection<Respondent> respondents, IReadOnlyDictionary<string, SurveyResponse> responses)
    {
        var answered = respondents
            .Where(r => responses.ContainsKey(r.Id))
            .Select(r => (r.Role, responses[r.Id].Answers))
            .ToList();
        var byRole = Enum.GetValues<SurveyRole>().ToDictionary(
            role => role,
            role => Summarise(respondents.Count(r => r.Role == role), answered.Where(a => a.Role == role).Select(a => a.Answers).ToList()));
        var all = Summarise(respondents.Count, answered.Select(a => a.Answers).ToList());
        return new SurveySummary(status, all.Invited, all.Responded, all.Nps, byRole, all.Satisfaction, all.ResponseRate);
    }

    private static RoleSummary Summarise(int invited, IReadOnlyList<SurveyAnswers> answers)
    {
        var nps = NpsTally.Of(answers.Select(a => a.Nps));
        return new RoleSummary(
            invited,
            answers.Count,
            nps.Score,
            nps.Promoters,
            nps.Passives,
            nps.Detractors,
            SatisfactionMean.Of(answers.Select(a => a.Satisfaction)),
            OneDecimal.Percent(answers.Count, invited));
    }
}
