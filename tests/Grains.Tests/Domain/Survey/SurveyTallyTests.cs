using Orchestrator.Grains.Domain.Survey;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Tests.Domain.Survey;

public sealed class SurveyTallyTests
{
    private static Respondent Invited(string id, SurveyRole role) => new(id, role, null, null, null, $"t-{id}", DateTimeOffset.UnixEpoch);

    private static KeyValuePair<string, SurveyResponse> Answer(string id, int nps, int satisfaction) =>
        new(id, new SurveyResponse(id, new SurveyAnswers(nps, satisfaction, null), DateTimeOffset.UnixEpoch));

    [Fact]
    public void Summary_PerRole_AndOverall_OfThoseWhoAnswered()
    {
        Respondent[] respondents =
        [
            Invited("v1", SurveyRole.Volunteer), Invited("v2", SurveyRole.Volunteer), Invited("v3", SurveyRole.Volunteer), Invited("v4", SurveyRole.Volunteer),
            Invited("a1", SurveyRole.Association), Invited("a2", SurveyRole.Association),
        ];
        var responses = new Dictionary<string, SurveyResponse>([Answer("v1", 10, 5), Answer("v2", 6, 3), Answer("v3", 9, 4), Answer("a1", 8, 4)]);

        var summary = SurveyTally.Summarise(SurveyStatus.Open, respondents, responses);

        Assert.Equal(6, summary.Invited);
        Assert.Equal(4, summary.Responded);
        Assert.Equal(25m, summary.Nps); // 2 promoters, 1 detractor of 4
        Assert.Equal(4m, summary.Satisfaction);
        Assert.Equal(66.7m, summary.ResponseRate);
        Assert.Equal(new RoleSummary(4, 3, 33.3m, 2, 0, 1, 4m, 75m), summary.ByRole[SurveyRole.Volunteer]);
        Assert.Equal(new RoleSummary(2, 1, 0m, 0, 1, 0, 4m, 50m), summary.ByRole[SurveyRole.Association]);
    }

    [Fact]
    public void Summary_ARoleWithoutRespondents_IsThere_WithZerosAndNoScore()
    {
        var summary = SurveyTally.Summarise(SurveyStatus.Open, [Invited("v1", SurveyRole.Volunteer)], new Dictionary<string, SurveyResponse>([Answer("v1", 9, 5)]));

        Assert.Equal([SurveyRole.Volunteer, SurveyRole.Association, SurveyRole.Company], summary.ByRole.Keys.Order());
        Assert.Equal(RoleSummary.Empty, summary.ByRole[SurveyRole.Company]);
        Assert.Equal(100m, summary.Nps);
    }

    [Fact]
    public void Summary_BeforeAnyAnswer_CountsTheInvited_ScoresAreNull()
    {
        var summary = SurveyTally.Summarise(SurveyStatus.Closed, [Invited("c1", SurveyRole.Company)], new Dictionary<string, SurveyResponse>());

        Assert.Equal(SurveyStatus.Closed, summary.Status);
        Assert.Equal((1, 0), (summary.Invited, summary.Responded));
        Assert.Null(summary.Nps);
        Assert.Null(summary.Satisfaction);
        Assert.Equal(0m, summary.ResponseRate);
        Assert.Equal(new RoleSummary(1, 0, null, 0, 0, 0, null, 0m), summary.ByRole[SurveyRole.Company]);
    }

    [Fact]
    public void Summary_OfAnAnswerWhoseRespondentIsGone_IgnoresIt()
    {
        var summary = SurveyTally.Summarise(SurveyStatus.Open, [], new Dictionary<string, SurveyResponse>([Answer("erased", 0, 1)]));

        Assert.Equal(0, summary.Responded);
        Assert.Null(summary.Nps);
        Assert.Null(summary.ResponseRate);
    }
}
