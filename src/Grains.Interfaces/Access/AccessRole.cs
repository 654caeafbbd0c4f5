namespace Orchestrator.Grains.Interfaces.Access;

[GenerateSerializer]
public enum AccessRole
{
    Viewer = 0,
    TeamLead = 1,
    Team = 2,
}
