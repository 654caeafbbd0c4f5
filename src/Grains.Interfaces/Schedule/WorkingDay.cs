namespace Orchestrator.Grains.Interfaces.Schedule;

/// <summary>
/// An event day's working hours when the edition does not give them: the yardstick of the schedule
/// (grains) and of the edition's input checks (web host) alike.
/// </summary>
public static class WorkingDay
{
    public static readonly TimeOnly DefaultStart = new(9, 0);
    public static readonly TimeOnly DefaultEnd = new(18, 0);
}
