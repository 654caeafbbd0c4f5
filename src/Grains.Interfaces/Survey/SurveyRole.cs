namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>Who answers the satisfaction survey: the three sides of an edition.</summary>
[GenerateSerializer]
public enum SurveyRole
{
    Volunteer = 0,
    Association = 1,
    Company = 2,
}
