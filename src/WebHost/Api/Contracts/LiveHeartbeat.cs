namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>
/// <c>Heartbeat</c>: the edition's current version, sent to its audience every
/// <c>Orchestrator:Live:HeartbeatEvery</c>. A screen whose version stays below it missed an event and
/// resyncs, even if nothing else changes.
/// </summary>
public sealed record LiveHeartbeat(string EditionId, long Version);
