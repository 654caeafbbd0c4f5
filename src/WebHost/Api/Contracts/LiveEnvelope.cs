namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>
/// One event of an <c>Events</c> batch: its name (<c>MissionChanged</c>, <c>EditionChanged</c>, …) and the
/// payload that event has alone. A client hands each one, in order, to its handler for that name.
/// </summary>
public sealed record LiveEnvelope(string Name, object Payload);
