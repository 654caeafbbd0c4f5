namespace Orchestrator.Grains.Interfaces.Missions;

[GenerateSerializer]
public enum MilestoneStatus
{
    Todo = 0,
    InProgress = 1,
    Done = 2,
    Blocked = 3,
}
