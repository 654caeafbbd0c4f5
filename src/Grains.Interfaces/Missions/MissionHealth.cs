namespace Orchestrator.Grains.Interfaces.Missions;

[GenerateSerializer]
public enum MissionHealth
{
    OnTrack = 0,
    AtRisk = 1,
    Blocked = 2,
    Stale = 3,
}
