namespace Orchestrator.WebHost.Hosting;

/// <summary>Log event ids of the web host's start-up and demo (3000–3499): stable, never renumbered.</summary>
internal static class HostingEvents
{
    public const int AdminTokenGenerated = 3000;
    public const int DemoLoaded = 3100;
    public const int DemoAlreadyPresent = 3101;

    // The demo replay: 3110–3119.
    public const int DemoReplayStarted = 3110;
    public const int DemoReplayStepFailed = 3111;
    public const int DemoReplayDone = 3112;
}
