namespace Orchestrator.Grains.Interfaces.Missions;

[GenerateSerializer]
public enum HelpRequestStatus
{
    Open = 0,
    Acknowledged = 1,
    Resolved = 2,
}
