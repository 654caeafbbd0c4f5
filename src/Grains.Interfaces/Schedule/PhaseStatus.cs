namespace Orchestrator.Grains.Interfaces.Schedule;

/// <summary>Where a phase stands in the day's run of show.</summary>
[GenerateSerializer]
public enum PhaseStatus
{
    Upcoming = 0,
    Current = 1,
    Done = 2,
}
