using Orchestrator.WebHost.Api.Contracts;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// What <c>/hubs/live</c> sends to its clients. An edition's events travel in batches (<see cref="Events"/>):
/// one message per batch window for each group a connection is in, carrying that window's events for the
/// group in order (their names and payloads are <see cref="LiveEditionEvents"/>). Presence and heartbeats
/// travel alone. The pages know the same names (<c>wwwroot/js/live-events.js</c>). Every payload carries its
/// edition id and the version (or, for presence, the sequence) that orders it. See docs/live-protocol.md.
/// </summary>
public interface ILiveClient
{
    /// <summary>One batch window's edition events for this connection's group, in the order they happened.</summary>
    Task Events(IReadOnlyList<LiveEnvelope> events);

    /// <summary>Who of a mission's team has its page open; only connections that may see names hear it.</summary>
    Task PresenceChanged(LivePresenceChanged presence);

    /// <summary>The edition's current version, every few seconds: a screen still below it missed an event.</summary>
    Task Heartbeat(LiveHeartbeat heartbeat);
}
