namespace Orchestrator.Silo.Hosting;

/// <summary>The silo's log event ids (2000–2999): stable, never renumbered.</summary>
internal static class SiloEvents
{
    public const int SchemaApplied = 2000;
    public const int SchemaFailed = 2001;
    public const int GroupCommitStarted = 2002;
    public const int GroupCommitCommitted = 2003;
    public const int GroupCommitFailed = 2004;
    public const int GroupCommitStopped = 2005;
}
