namespace Orchestrator.WebHost.Demo;

/// <summary>Bound from <c>Orchestrator:Demo</c>.</summary>
public sealed class DemoSettings
{
    public const string Section = "Orchestrator:Demo";

    /// <summary>Load the Factory 2018 (edition <c>factory-2018</c>) on start if it is not there yet.</summary>
    public bool Load { get; set; }
}
