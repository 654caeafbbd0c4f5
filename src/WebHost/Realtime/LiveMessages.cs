using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Presence;
using Orchestrator.WebHost.Api;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Hubs;

namespace Orchestrator.WebHost.Realtime;

/// <summary>Grain events to the hub's typed calls: which <see cref="ILiveClient"/> method carries which payload.</summary>
internal static class LiveMessages
{
    public static Task SendTo(this EditionEvent e, ILiveClient clients) => e.Kind switch
    {
        EditionEventKind.MissionChanged => clients.MissionChanged(new LiveMissionChanged(e.EditionId, e.Version, e.Mission!.ToResponse())),
        EditionEventKind.EditionChanged => clients.EditionChanged(new LiveEditionChanged(e.EditionId, e.Version, e.Counters!.ToResponse())),
        EditionEventKind.Announcement => clients.Announcement(
            new LiveAnnouncement(e.EditionId, e.Version, e.Announcement!.Id, e.Announcement.Message, e.Announcement.SentAt, e.Announcement.MissionId, e.Announcement.Pinned)),
        EditionEventKind.AnnouncementUnpinned => clients.AnnouncementUnpinned(
            new LiveAnnouncementUnpinned(e.EditionId, e.Version, e.Announcement!.Id, e.Announcement.MissionId)),
        EditionEventKind.HelpRequested => clients.HelpRequested(new LiveHelpRequested(e.EditionId, e.Version, e.HelpRequest!.ToResponse())),
        EditionEventKind.Revealed => clients.Revealed(e.Reveal!.ToLive(e.EditionId)),
        EditionEventKind.VoteChanged => clients.VoteChanged(e.ToLiveVoteChanged()),
        EditionEventKind.VoteRevealed => clients.VoteRevealed(e.ToLiveVoteRevealed()),
        EditionEventKind.SurveyChanged => clients.SurveyChanged(e.Survey!.ToLive(e.EditionId, e.Version)),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "Unknown live event."),
    };

    public static LivePresenceChanged ToLive(this MissionPresence presence) => new(
        presence.EditionId,
        presence.MissionId,
        presence.Sequence,
        [.. presence.Present.Select(p => new PresentMemberResponse(p.MemberId, p.Name))],
        presence.Present.Count);
}
