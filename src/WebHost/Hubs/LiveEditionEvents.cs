using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Contracts.Vote;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// The edition events an <see cref="ILiveClient.Events"/> batch carries: one per method, named as the method,
/// with the payload it takes. Edition screens hear them all; team pages hear those their page may see.
/// </summary>
public static class LiveEditionEvents
{
    /// <summary>A mission's summary moved; edition screens and the mission's own team pages hear it.</summary>
    public static LiveEnvelope MissionChanged(LiveMissionChanged change) => new(nameof(MissionChanged), change);

    /// <summary>The edition's counters moved.</summary>
    public static LiveEnvelope EditionChanged(LiveEditionChanged change) => new(nameof(EditionChanged), change);

    /// <summary>
    /// The desk announced something to every team (team pages of the edition hear it too) or to one
    /// mission (only that mission's pages hear it, besides the edition's screens).
    /// </summary>
    public static LiveEnvelope Announcement(LiveAnnouncement announcement) => new(nameof(Announcement), announcement);

    /// <summary>The desk unpinned an announcement; it goes to the pages that heard it.</summary>
    public static LiveEnvelope AnnouncementUnpinned(LiveAnnouncementUnpinned unpinned) => new(nameof(AnnouncementUnpinned), unpinned);

    /// <summary>A team asked for help; the mission's own team pages hear it too.</summary>
    public static LiveEnvelope HelpRequested(LiveHelpRequested request) => new(nameof(HelpRequested), request);

    /// <summary>The closing display's reveal moved on (or was reset).</summary>
    public static LiveEnvelope Revealed(LiveRevealed reveal) => new(nameof(Revealed), reveal);

    /// <summary>The closing vote's status or participation moved (coalesced: a few a second at most); never a point.</summary>
    public static LiveEnvelope VoteChanged(LiveVoteChanged change) => new(nameof(VoteChanged), change);

    /// <summary>The desk revealed (or hid again) a proposal of the vote's ranking: the whole revealed list.</summary>
    public static LiveEnvelope VoteRevealed(LiveVoteRevealed reveal) => new(nameof(VoteRevealed), reveal);

    /// <summary>The satisfaction survey's progress (counts only, never names or comments): the desk's and the viewers' screens hear it.</summary>
    public static LiveEnvelope SurveyChanged(LiveSurveyChanged survey) => new(nameof(SurveyChanged), survey);

    /// <summary>The same change as a team lead's page hears it: its version and the survey's status, no counts.</summary>
    public static LiveEnvelope SurveyChanged(LiveSurveyStatus status) => new(nameof(SurveyChanged), status);

    /// <summary>A day's schedule or run of show moved (a phase ended, extended, started by hand); team pages of the edition hear it too.</summary>
    public static LiveEnvelope ScheduleChanged(LiveScheduleChanged change) => new(nameof(ScheduleChanged), change);
}
