using System.Globalization;
using Orchestrator.Grains.Interfaces.Survey;
using static Orchestrator.Grains.Interfaces.Survey.SurveyLimits;

namespace Orchestrator.Grains.Domain.Survey;

/// <summary>What an answer must be: the core questions in range, and each added question of the role answered as it asks.</summary>
public static class SurveyAnswerRules
{
    /// <summary>Every problem of the answer, by field ("nps", "extra.{questionId}"); empty when it is fine.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(SurveyAnswers answers, IReadOnlyList<SurveyQuestion> questions)
    {
        var errors = new List<(string, string)>();
        if (answers.Nps is < NpsMin or > NpsMax)
        {
            errors.Add(("nps", $"'nps' must be a whole number from {NpsMin} to {NpsMax}."));
        }

        if (answers.Satisfaction is < SatisfactionMin or > SatisfactionMax)
        {
            errors.Add(("satisfaction", $"'satisfaction' must be a whole number from {SatisfactionMin} to {SatisfactionMax}."));
        }

        if (answers.Comment is { Length: > CommentMax })
        {
            errors.Add(("comment", $"'comment' is longer than {CommentMax} characters."));
        }

        var extra = answers.Extra ?? new Dictionary<string, string>();
        foreach (var id in extra.Keys.Where(id => questions.All(q => q.Id != id)))
        {
            errors.Add(($"extra.{id}", $"There is no question '{id}' for this respondent."));
        }

        foreach (var question in questions)
        {
            var field = $"extra.{question.Id}";
            if (!extra.TryGetValue(question.Id, out var value) || string.IsNullOrWhiteSpace(value))
            {
                if (question.Required)
                {
                    errors.Add((field, $"'{question.Id}' must be answered."));
                }

                continue;
            }

            if (Problem(question, value) is { } problem)
            {
                errors.Add((field, problem));
            }
        }

        return errors;
    }

    private static string? Problem(SurveyQuestion question, string value) => question.Kind switch
    {
        QuestionKind.Scale when !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < question.Min || n > question.Max =>
            $"'{question.Id}' must be a whole number from {question.Min} to {question.Max}.",
        QuestionKind.Choice when question.Options is null || !question.Options.Contains(value, StringComparer.Ordinal) =>
            $"'{question.Id}' must be one of its options.",
        QuestionKind.Text when value.Length > CommentMax => $"'{question.Id}' is longer than {CommentMax} characters.",
        _ => null,
    };
}
