using Orchestrator.Grains.Interfaces.Schedule;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class EventDayState
{
    [Id(0)] public string TimeZone { get; set; } = "";

    [Id(1)] public List<SchedulePhase> Phases { get; set; } = [];
}
