using System.Globalization;
using System.Text.Json;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.WebHost.Api.Contracts;
using static Orchestrator.Grains.Interfaces.Survey.SurveyLimits;

namespace Orchestrator.WebHost.Api;

/// <summary>Checks survey bodies at the door and turns them into grain messages; the grain still checks answers against its questions.</summary>
internal static class SurveyRequests
{
    public static SurveyAnswers? Answers(AnswerSurveyRequest request, InputRules rules)
    {
        var a = request.Answers;
        rules.Require(a is not null, "answers", "'answers' is required: {nps, satisfaction, comment?}.");
        if (a is null)
        {
            return null;
        }

        rules.Require(a.Nps is >= NpsMin and <= NpsMax, "nps", $"'nps' must be a whole number from {NpsMin} to {NpsMax}.")
            .Require(a.Satisfaction is >= SatisfactionMin and <= SatisfactionMax, "satisfaction", $"'satisfaction' must be a whole number from {SatisfactionMin} to {SatisfactionMax}.")
            .Text("comment", a.Comment, CommentMax, required: false)
            .Require(a.Extra is null || a.Extra.Count <= QuestionsMax, "extra", $"'extra' answers at most {QuestionsMax} questions.");
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, value) in a.Extra ?? new Dictionary<string, JsonElement>())
        {
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number when value.TryGetInt32(out var n) => n.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            rules.Slug($"extra.{id}", id).Require(text is not null, $"extra.{id}", $"'{id}' must be a number or a text.").Text($"extra.{id}", text, CommentMax, required: false);
            if (text is not null)
            {
                extra[id] = text;
            }
        }

        return rules.IsValid
            ? new SurveyAnswers(a.Nps!.Value, a.Satisfaction!.Value, string.IsNullOrWhiteSpace(a.Comment) ? null : a.Comment, extra)
            : null;
    }

    public static List<(SurveyRole Role, string? Name, string? MissionId, string? Source)> Respondents(InviteRespondentsRequest request, InputRules rules)
    {
        var list = request.Respondents ?? [];
        rules.Require(list.Count is >= 1 and <= RespondentsMax, "respondents", $"'respondents' must list 1 to {RespondentsMax} people.");
        var people = new List<(SurveyRole, string?, string?, string?)>(list.Count);
        foreach (var (r, i) in list.Select((r, i) => (r, i)))
        {
            var field = $"respondents[{i}]";
            rules.Require(WireNames.TryParse<SurveyRole>(r?.Role, out var role), $"{field}.role", $"'role' must be one of {WireNames.List<SurveyRole>()}.")
                .Label($"{field}.name", r?.Name, InputRules.NameMax, required: false);
            if (r?.MissionId is not null)
            {
                rules.Slug($"{field}.missionId", r.MissionId);
            }

            people.Add((role, string.IsNullOrWhiteSpace(r?.Name) ? null : r.Name.Trim(), r?.MissionId, null));
        }

        return people;
    }

    public static List<SurveyQuestion> Questions(SurveyQuestionsRequest request, InputRules rules)
    {
        var list = request.Questions ?? [];
        rules.Require(list.Count <= QuestionsMax, "questions", $"A role has at most {QuestionsMax} added questions.");
        var questions = new List<SurveyQuestion>(list.Count);
        foreach (var (q, i) in list.Select((q, i) => (q, i)))
        {
            var field = $"questions[{i}]";
            rules.Slug($"{field}.id", q?.Id)
                .Require(WireNames.TryParse<QuestionKind>(q?.Kind, out var kind), $"{field}.kind", $"'kind' must be one of {WireNames.List<QuestionKind>()}.")
                .Label($"{field}.label", q?.Label, InputRules.TitleMax * 2)
                .Label($"{field}.labelEn", q?.LabelEn, InputRules.TitleMax * 2, required: false);
            foreach (var (option, j) in (q?.Options ?? []).Select((o, j) => (o, j)))
            {
                rules.Label($"{field}.options[{j}]", option, InputRules.NameMax);
            }

            if (q is not null)
            {
                questions.Add(new SurveyQuestion(
                    q.Id ?? "", kind, q.Label?.Trim() ?? "", string.IsNullOrWhiteSpace(q.LabelEn) ? null : q.LabelEn.Trim(),
                    q.Min ?? 1, q.Max ?? 5, kind == QuestionKind.Choice ? (q.Options ?? []).Select(o => o?.Trim() ?? "").ToList() : null, q.Required ?? false));
            }
        }

        return questions;
    }
}
