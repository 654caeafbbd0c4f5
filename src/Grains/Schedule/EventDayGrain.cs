using System.Globalization;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Schedule;

/// <summary>Commits what <see cref="RunOfShow"/> decides (write, then tell the edition, which versions it and tells the screens).</summary>
internal sealed class EventDayGrain(
    [PersistentState("event-day", StorageNames.Orchestrator)] IPersistentState<EventDayState> state,
    EventClock time) : Grain, IEventDayGrain
{
    public Task<DaySchedule> SetSchedule(string timeZone, IReadOnlyList<SchedulePhase> phases) =>
        Change(run => run.SetPlan(timeZone, phases));

    public Task<DaySchedule?> Get() => Task.FromResult(state.RecordExists ? RunOfShow.Schedule(Key.EditionId, time.Now) : null);

    public Task<DaySchedule> EndCurrentPhase() => Change(run => run.EndCurrent(time.Now), needsPlan: true);

    public Task<DaySchedule> ExtendCurrentPhase(int minutes) => Change(run => run.ExtendCurrent(minutes, time.Now), needsPlan: true);

    public Task<DaySchedule> StartNextPhase() => Change(run => run.StartNext(time.Now), needsPlan: true);

    private (string EditionId, DateOnly Date) Key
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.LastIndexOf('/');
            return slash <= 0
                ? throw DomainRuleException.Invalid($"'{key}' is not an event day key.")
                : (key[..slash], DateOnly.ParseExact(key[(slash + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private RunOfShow RunOfShow => new(Key.Date, state.State);

    private async Task<DaySchedule> Change(Action<RunOfShow> change, bool needsPlan = false)
    {
        if (needsPlan && !state.RecordExists)
        {
            throw DomainRuleException.Conflict("This day has no schedule yet.");
        }

        change(RunOfShow);
        await this.WriteOrDeactivateAsync(state);
        var schedule = RunOfShow.Schedule(Key.EditionId, time.Now);
        await GrainFactory.GetGrain<IEditionGrain>(Key.EditionId).RecordScheduleChange(schedule);
        return schedule;
    }
}
