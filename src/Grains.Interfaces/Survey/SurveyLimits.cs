namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>
/// The survey's bounds, in one place: the web host checks bodies against them at the door, the survey's rules
/// check them again, and the respondent's page (survey.html's <c>maxlength</c>) follows them.
/// </summary>
public static class SurveyLimits
{
    public const int NpsMin = 0;
    public const int NpsMax = 10;
    public const int SatisfactionMin = 1;
    public const int SatisfactionMax = 5;
    public const int CommentMax = 2000;

    /// <summary>Questions added to a role, and so the extra answers a response may carry.</summary>
    public const int QuestionsMax = 20;

    public const int OptionsMax = 12;
    public const int ScaleMin = 0;
    public const int ScaleMax = 10;

    /// <summary>People invited in one request.</summary>
    public const int RespondentsMax = 1000;
}
