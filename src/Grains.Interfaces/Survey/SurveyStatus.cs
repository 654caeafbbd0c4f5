namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>Open: respondents answer and may change their answer. Closed by the desk: answers are final (it may open again).</summary>
[GenerateSerializer]
public enum SurveyStatus
{
    Open = 0,
    Closed = 1,
}
