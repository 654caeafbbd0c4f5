namespace Orchestrator.Grains.Interfaces.Access;

[GenerateSerializer]
public enum AccessRole
{
    Viewer = 0,
    TeamLead = 1,
    Team = 2,

    /// <summary>A guest of the closing evening: reads the vote and casts its own ballot, nothing else.</summary>
    Guest = 3,

    /// <summary>A survey respondent: answers its own survey, nothing else.</summary>
    Respondent = 4,
}
