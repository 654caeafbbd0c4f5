using Orchestrator.Grains.Domain.Survey;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Tests.Domain.Survey;

public sealed class SurveyAnswerRulesTests
{
    private static readonly SurveyQuestion[] Questions =
    [
        new("reuse", QuestionKind.Scale, "Réutiliserez-vous le livrable ?", "Will you reuse the deliverable?", 1, 4, Required: true),
        new("format", QuestionKind.Choice, "Format préféré", null, Options: ["1 jour", "2 jours"]),
        new("idea", QuestionKind.Text, "Une idée ?"),
    ];

    private static IReadOnlyList<string> Fields(SurveyAnswers answers) =>
        SurveyAnswerRules.Check(answers, Questions).Select(e => e.Field).ToList();

    [Theory]
    [InlineData(0, 1)]
    [InlineData(10, 5)]
    public void Answer_AtTheBounds_IsAccepted(int nps, int satisfaction) =>
        Assert.Empty(Fields(new SurveyAnswers(nps, satisfaction, new string('x', 2000), new Dictionary<string, string> { ["reuse"] = "4" })));

    [Fact]
    public void Answer_OutOfRange_OrTooLong_NamesEachField()
    {
        Assert.Equal(["nps"], Fields(new SurveyAnswers(11, 3, null, new Dictionary<string, string> { ["reuse"] = "1" })));
        Assert.Equal(["nps"], Fields(new SurveyAnswers(-1, 3, null, new Dictionary<string, string> { ["reuse"] = "1" })));
        Assert.Equal(["satisfaction"], Fields(new SurveyAnswers(5, 0, null, new Dictionary<string, string> { ["reuse"] = "1" })));
        Assert.Equal(["comment"], Fields(new SurveyAnswers(5, 3, new string('x', 2001), new Dictionary<string, string> { ["reuse"] = "1" })));
    }

    [Fact]
    public void AddedQuestions_AreCheckedByKind_AndUnknownOnesRefused()
    {
        var answers = new SurveyAnswers(8, 4, null, new Dictionary<string, string>
        {
            ["reuse"] = "5",
            ["format"] = "3 jours",
            ["idea"] = new string('x', 2001),
            ["nowhere"] = "1",
        });

        Assert.Equal(["extra.nowhere", "extra.reuse", "extra.format", "extra.idea"], Fields(answers));
    }

    [Fact]
    public void RequiredQuestion_Unanswered_IsRefused_OptionalOnesMayBeLeftOut()
    {
        Assert.Equal(["extra.reuse"], Fields(new SurveyAnswers(8, 4, null)));
        Assert.Empty(Fields(new SurveyAnswers(8, 4, null, new Dictionary<string, string> { ["reuse"] = "2", ["format"] = "2 jours" })));
    }
}
