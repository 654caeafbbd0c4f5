using Orchestrator.Grains.Interfaces.Schedule;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class EventDayState
{
    [Id(0)] public string TimeZone { get; set; } = "";

    [Id(1)] public List<SchedulePhase> Phases { get; set; } = [];

    /// <summary>The run of show, by phase id: only the phases the desk has touched.</summary>
    [Id(2)] public Dictionary<string, PhaseRunState> Runs { get; set; } = [];
}
