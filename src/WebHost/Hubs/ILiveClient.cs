using Orchestrator.WebHost.Api.Contracts;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// What <c>/hubs/live</c> sends to its clients: one method per event, named as the pages know it
/// (<c>wwwroot/js/live-events.js</c> lists the same names). Every payload carries its edition id and the
/// version (or, for presence, the sequence) that orders it. See docs/live-protocol.md.
/// </summary>
public interface ILiveClient
{
    /// <summary>A mission's summary moved; edition screens and the mission's own team pages hear it.</summary>
    Task MissionChanged(LiveMissionChanged change);

    /// <summary>The edition's counters moved.</summary>
    Task EditionChanged(LiveEditionChanged change);

    /// <summary>The desk announced something to every team; team pages of the edition hear it too.</summary>
    Task Announcement(LiveAnnouncement announcement);

    /// <summary>A team asked for help; the mission's own team pages hear it too.</summary>
    Task HelpRequested(LiveHelpRequested request);

    /// <summary>The closing display's reveal moved on (or was reset).</summary>
    Task Revealed(LiveRevealed reveal);

    /// <summary>A day's schedule or run of show moved (a phase ended, extended, started by hand); team pages of the edition hear it too.</summary>
    Task ScheduleChanged(LiveScheduleChanged change);

    /// <summary>Who of a mission's team has its page open; only connections that may see names hear it.</summary>
    Task PresenceChanged(LivePresenceChanged presence);

    /// <summary>The edition's current version, every few seconds: a screen still below it missed an event.</summary>
    Task Heartbeat(LiveHeartbeat heartbeat);
}
