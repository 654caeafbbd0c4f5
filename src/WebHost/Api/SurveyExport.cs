using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.WebHost.Export;

namespace Orchestrator.WebHost.Api;

/// <summary>The survey's responses as a sheet: one row per response, a column per added question ("role:id").</summary>
internal static class SurveyExport
{
    public static CsvSheet Responses(IReadOnlyList<RespondentRecord> records, IReadOnlyDictionary<SurveyRole, IReadOnlyList<SurveyQuestion>> questions)
    {
        var added = questions.OrderBy(q => q.Key).SelectMany(q => q.Value.Select(x => (Role: q.Key, x.Id))).ToList();
        var sheet = new CsvSheet().Header(
            ["respondentId", "role", "name", "missionId", "answeredAt", "nps", "satisfaction", "comment", .. added.Select(a => $"{WireNames.Of(a.Role)}:{a.Id}")]);
        foreach (var (respondent, response) in records.Where(r => r.Response is not null).Select(r => (r.Respondent, r.Response!)))
        {
            sheet.Text(respondent.Id).Text(WireNames.Of(respondent.Role)).Text(respondent.Name).Text(respondent.MissionId)
                .Date(response.AnsweredAt).Number(response.Answers.Nps).Number(response.Answers.Satisfaction).Text(response.Answers.Comment);
            foreach (var (role, id) in added)
            {
                sheet.Text(role == respondent.Role ? response.Answers.Extra?.GetValueOrDefault(id) : null);
            }

            sheet.EndRow();
        }

        return sheet;
    }
}
