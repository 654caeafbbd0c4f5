using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class SurveyState
{
    [Id(0)] public SurveyStatus Status { get; set; }

    /// <summary>In invitation order. Names are personal data: erasing a respondent removes the entry.</summary>
    [Id(1)] public List<Respondent> Respondents { get; set; } = [];

    /// <summary>Each respondent's current answer, by respondent id (at most one each).</summary>
    [Id(2)] public Dictionary<string, SurveyResponse> Responses { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The questions the organiser added, per role.</summary>
    [Id(3)] public Dictionary<SurveyRole, List<SurveyQuestion>> Questions { get; set; } = [];
}
