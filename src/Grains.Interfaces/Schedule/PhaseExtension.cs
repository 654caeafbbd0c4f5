namespace Orchestrator.Grains.Interfaces.Schedule;

/// <summary>How much more time the desk may give a phase in one go: checked at the web boundary and by the grains alike.</summary>
public static class PhaseExtension
{
    public const int MinMinutes = 1;
    public const int MaxMinutes = 180;
}
