using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Schedule;

/// <summary>
/// One day of an edition: its schedule of phases, which one is running now, and the desk's run of show
/// (a phase ended early or extended, the next one started by hand). Every change is reported to the
/// edition, which versions it and tells the screens.
/// </summary>
public interface IEventDayGrain : IGrainWithStringKey
{
    Task<DaySchedule> SetSchedule(string timeZone, IReadOnlyList<SchedulePhase> phases);

    [ReadOnly]
    Task<DaySchedule?> Get();

    /// <summary>Ends the running phase now (no phase running: conflict).</summary>
    Task<DaySchedule> EndCurrentPhase();

    /// <summary>Gives the running phase <paramref name="minutes"/> more; the phases after it follow (no phase running: conflict).</summary>
    Task<DaySchedule> ExtendCurrentPhase(int minutes);

    /// <summary>Starts the next phase now, ending the running one if any (no phase left: conflict).</summary>
    Task<DaySchedule> StartNextPhase();
}
