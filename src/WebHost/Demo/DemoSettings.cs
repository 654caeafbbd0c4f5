namespace Orchestrator.WebHost.Demo;

/// <summary>Bound from <c>Orchestrator:Demo</c>.</summary>
public sealed class DemoSettings
{
    public const string Section = "Orchestrator:Demo";

    /// <summary>Load the Factory 2018 (edition <c>factory-2018</c>) on start if it is not there yet.</summary>
    public bool Load { get; set; }

    /// <summary>Replay a day of the Factory 2018 on it (loading it first if needed): milestones move, a team blocks, help is asked, a team goes stale.</summary>
    public bool Replay { get; set; }

    /// <summary>How many times faster than real time the replay runs: 60 makes a step (5 event minutes) every 5 seconds.</summary>
    public double Speed { get; set; } = 60;

    public bool IsValid => Speed is >= 1 and <= 1_000_000;
}
