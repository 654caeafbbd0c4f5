namespace Orchestrator.WebHost.Demo;

/// <summary>What one step of the replayed day does to a mission.</summary>
public enum DemoAction
{
    /// <summary>The first unfinished milestone moves on: to do → in progress → done (a blocked one waits).</summary>
    Advance,

    /// <summary>The team flags its current milestone blocked, with a note.</summary>
    Block,

    /// <summary>The blocked milestone is back in progress.</summary>
    Unblock,

    /// <summary>The team asks the desk for help.</summary>
    AskHelp,
}
