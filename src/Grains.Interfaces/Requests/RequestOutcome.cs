namespace Orchestrator.Grains.Interfaces.Requests;

[GenerateSerializer]
public enum RequestOutcome
{
    /// <summary>First time: run the request, then record its answer.</summary>
    Proceed = 0,

    /// <summary>Already answered: send the recorded answer again.</summary>
    Replay = 1,

    /// <summary>The same request is running right now: wait for its answer.</summary>
    InProgress = 2,

    /// <summary>The key was used for a different request.</summary>
    Mismatch = 3,
}
