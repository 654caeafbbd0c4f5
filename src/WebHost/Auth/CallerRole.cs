namespace Orchestrator.WebHost.Auth;

public enum CallerRole
{
    Admin,
    TeamLead,
    Viewer,
    Team,
    Guest,
    Respondent,
}
