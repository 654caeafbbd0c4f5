using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Presence;
using Orchestrator.WebHost.Api;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Hubs;

namespace Orchestrator.WebHost.Realtime;

/// <summary>Grain events to the hub's payloads: which <see cref="LiveEditionEvents"/> event carries which payload.</summary>
internal static class LiveMessages
{
    public static LiveEnvelope ToEnvelope(this EditionEvent e) => e.Kind switch
    {
        EditionEventKind.MissionChanged => LiveEditionEvents.MissionChanged(new LiveMissionChanged(e.EditionId, e.Version, e.Mission!.ToResponse())),
        EditionEventKind.EditionChanged => LiveEditionEvents.EditionChanged(new LiveEditionChanged(e.EditionId, e.Version, e.Counters!.ToResponse())),
        EditionEventKind.Announcement => LiveEditionEvents.Announcement(
            new LiveAnnouncement(e.EditionId, e.Version, e.Announcement!.Id, e.Announcement.Message, e.Announcement.SentAt, e.Announcement.MissionId, e.Announcement.Pinned)),
        EditionEventKind.AnnouncementUnpinned => LiveEditionEvents.AnnouncementUnpinned(
            new LiveAnnouncementUnpinned(e.EditionId, e.Version, e.Announcement!.Id, e.Announcement.MissionId)),
        EditionEventKind.HelpRequested => LiveEditionEvents.HelpRequested(new LiveHelpRequested(e.EditionId, e.Version, e.HelpRequest!.ToResponse())),
        EditionEventKind.Revealed => LiveEditionEvents.Revealed(e.Reveal!.ToLive(e.EditionId)),
        EditionEventKind.ScheduleChanged => LiveEditionEvents.ScheduleChanged(new LiveScheduleChanged(e.EditionId, e.Version, e.Schedule!.ToResponse())),
        EditionEventKind.VoteChanged => LiveEditionEvents.VoteChanged(e.ToLiveVoteChanged()),
        EditionEventKind.VoteRevealed => LiveEditionEvents.VoteRevealed(e.ToLiveVoteRevealed()),
        EditionEventKind.SurveyChanged => LiveEditionEvents.SurveyChanged(e.Survey!.ToLive(e.EditionId, e.Version)),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "Unknown live event."),
    };

    public static LivePresenceChanged ToLive(this MissionPresence presence) => new(
        presence.EditionId,
        presence.MissionId,
        presence.Sequence,
        [.. presence.Present.Select(p => new PresentMemberResponse(p.MemberId, p.Name))],
        presence.Present.Count);
}
