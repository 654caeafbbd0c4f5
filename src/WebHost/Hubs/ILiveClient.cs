using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Contracts.Vote;

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

    /// <summary>
    /// The desk announced something to every team (team pages of the edition hear it too) or to one
    /// mission (only that mission's pages hear it, besides the edition's screens).
    /// </summary>
    Task Announcement(LiveAnnouncement announcement);

    /// <summary>The desk unpinned an announcement; it goes to the pages that heard it.</summary>
    Task AnnouncementUnpinned(LiveAnnouncementUnpinned unpinned);

    /// <summary>A team asked for help; the mission's own team pages hear it too.</summary>
    Task HelpRequested(LiveHelpRequested request);

    /// <summary>The closing display's reveal moved on (or was reset).</summary>
    Task Revealed(LiveRevealed reveal);

    /// <summary>The closing vote's status or participation moved (coalesced: a few a second at most); never a point.</summary>
    Task VoteChanged(LiveVoteChanged change);

    /// <summary>The desk revealed (or hid again) a proposal of the vote's ranking: the whole revealed list.</summary>
    Task VoteRevealed(LiveVoteRevealed reveal);
    /// <summary>The satisfaction survey's progress (counts only, never names or comments): every screen of the edition hears it.</summary>
    Task SurveyChanged(LiveSurveyChanged survey);

    /// <summary>Who of a mission's team has its page open; only connections that may see names hear it.</summary>
    Task PresenceChanged(LivePresenceChanged presence);

    /// <summary>The edition's current version, every few seconds: a screen still below it missed an event.</summary>
    Task Heartbeat(LiveHeartbeat heartbeat);
}
