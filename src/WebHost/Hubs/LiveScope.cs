namespace Orchestrator.WebHost.Hubs;

/// <summary>What a live connection watches: a whole edition (screens) or one mission (team pages).</summary>
public enum LiveScope
{
    Edition,
    Mission,
}
