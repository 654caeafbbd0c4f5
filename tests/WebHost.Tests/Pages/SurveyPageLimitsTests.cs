using System.Text.RegularExpressions;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.WebHost.Tests.Pages;

/// <summary>
/// The respondent's page writes the comment's limit once, as the textarea's <c>maxlength</c> (survey.js reads it
/// from there): it is the server's, so a respondent can type all the server accepts and never more.
/// </summary>
public sealed partial class SurveyPageLimitsTests
{
    [Fact]
    public void SurveyPage_CommentMaxLength_IsTheServersLimit()
    {
        var comment = CommentField().Match(PageSources.Read("survey.html"));

        Assert.True(comment.Success, "survey.html has no <textarea id=\"comment\" … maxlength=…>.");
        Assert.Equal(SurveyLimits.CommentMax, int.Parse(comment.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(SurveyLimits.CommentMax.ToString(System.Globalization.CultureInfo.InvariantCulture), PageSources.Read("js/survey.js"), StringComparison.Ordinal);
    }

    [GeneratedRegex("""<textarea id="comment"[^>]*maxlength="(\d+)""")]
    private static partial Regex CommentField();
}
