using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Schedule;

internal sealed class EventDayGrain(
    [PersistentState("event-day", StorageNames.Orchestrator)] IPersistentState<EventDayState> state,
    EventClock time) : Grain, IEventDayGrain
{
    public async Task<DaySchedule> SetSchedule(string timeZone, IReadOnlyList<SchedulePhase> phases)
    {
        DayPhases.EnsureValid(phases);
        TimeZones.Find(timeZone);
        state.State.TimeZone = timeZone;
        state.State.Phases = [.. phases.OrderBy(p => p.Start)];
        await this.WriteOrDeactivateAsync(state);
        return Schedule();
    }

    public Task<DaySchedule?> Get() => Task.FromResult(state.RecordExists ? Schedule() : null);

    private DaySchedule Schedule()
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.LastIndexOf('/');
        if (slash <= 0)
        {
            throw DomainRuleException.Invalid($"'{key}' is not an event day key.");
        }

        var date = DateOnly.ParseExact(key[(slash + 1)..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var current = DayPhases.Current(state.State.Phases, date, TimeZones.Find(state.State.TimeZone), time.Now);
        return new DaySchedule(key[..slash], date, state.State.TimeZone, state.State.Phases.ToList(), current);
    }
}
