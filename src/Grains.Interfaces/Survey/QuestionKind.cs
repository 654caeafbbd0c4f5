namespace Orchestrator.Grains.Interfaces.Survey;

[GenerateSerializer]
public enum QuestionKind
{
    /// <summary>A whole number from <see cref="SurveyQuestion.Min"/> to <see cref="SurveyQuestion.Max"/>.</summary>
    Scale = 0,

    /// <summary>One of <see cref="SurveyQuestion.Options"/>.</summary>
    Choice = 1,

    /// <summary>Free text, at most the comment's length.</summary>
    Text = 2,
}
