namespace Orchestrator.Grains.State;

/// <summary>What the desk did to one phase of the day: started it by hand, ended it, gave it more time.</summary>
[GenerateSerializer]
public sealed class PhaseRunState
{
    [Id(0)] public DateTimeOffset? StartedAt { get; set; }

    [Id(1)] public DateTimeOffset? EndedAt { get; set; }

    [Id(2)] public int ExtendedMinutes { get; set; }
}
