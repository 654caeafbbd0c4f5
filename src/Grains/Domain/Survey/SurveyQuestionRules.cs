using Orchestrator.Grains.Interfaces.Survey;
using static Orchestrator.Grains.Interfaces.Survey.SurveyLimits;

namespace Orchestrator.Grains.Domain.Survey;

/// <summary>What an added question must be, so that every answer to it can be checked.</summary>
public static class SurveyQuestionRules
{
    public static IReadOnlyList<(string Field, string Message)> Check(IReadOnlyList<SurveyQuestion> questions)
    {
        var errors = new List<(string, string)>();
        if (questions.Count > QuestionsMax)
        {
            errors.Add(("questions", $"A role has at most {QuestionsMax} added questions."));
        }

        if (questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count() != questions.Count)
        {
            errors.Add(("questions", "Each question id may appear once."));
        }

        foreach (var (question, i) in questions.Select((q, i) => (q, i)))
        {
            var field = $"questions[{i}]";
            if (question.Kind == QuestionKind.Scale && (question.Min < ScaleMin || question.Max > ScaleMax || question.Min >= question.Max))
            {
                errors.Add(($"{field}.min", $"A scale runs from a smaller to a larger whole number within {ScaleMin}–{ScaleMax}."));
            }

            var options = question.Options ?? [];
            if (question.Kind == QuestionKind.Choice
                && (options.Count is < 2 or > OptionsMax || options.Distinct(StringComparer.Ordinal).Count() != options.Count))
            {
                errors.Add(($"{field}.options", $"A choice has 2 to {OptionsMax} different options."));
            }
        }

        return errors;
    }
}
