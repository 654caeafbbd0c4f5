namespace Orchestrator.TestSupport.Internal;

internal enum Readiness
{
    Ready,
    Exited,
    TimedOut,
}
