using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Schedule;

/// <summary>One day of an edition: its schedule of phases and which one is running now.</summary>
public interface IEventDayGrain : IGrainWithStringKey
{
    Task<DaySchedule> SetSchedule(string timeZone, IReadOnlyList<SchedulePhase> phases);

    [ReadOnly]
    Task<DaySchedule?> Get();
}
