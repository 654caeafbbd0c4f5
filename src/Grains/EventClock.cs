namespace Orchestrator.Grains;

/// <summary>
/// The time the domain reads (last updates, staleness, the schedule). Kept apart from the
/// <see cref="TimeProvider"/> Orleans itself uses, so tests can move event time without moving the runtime's.
/// </summary>
public sealed class EventClock(TimeProvider provider)
{
    public static EventClock System { get; } = new(TimeProvider.System);

    public DateTimeOffset Now => provider.GetUtcNow();
}
