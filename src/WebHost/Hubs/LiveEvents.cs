namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// The names of the live events on the wire, for code that listens by name (the .NET client, the load
/// generator): the edition events inside an <see cref="Events"/> batch (<see cref="LiveEditionEvents"/>) and
/// the hub methods of <see cref="ILiveClient"/>. The pages' copy is <c>wwwroot/js/live-events.js</c>; a test
/// keeps the two equal.
/// </summary>
public static class LiveEvents
{
    public const string MissionChanged = nameof(LiveEditionEvents.MissionChanged);
    public const string EditionChanged = nameof(LiveEditionEvents.EditionChanged);
    public const string Announcement = nameof(LiveEditionEvents.Announcement);
    public const string AnnouncementUnpinned = nameof(LiveEditionEvents.AnnouncementUnpinned);
    public const string HelpRequested = nameof(LiveEditionEvents.HelpRequested);
    public const string Revealed = nameof(LiveEditionEvents.Revealed);
    public const string VoteChanged = nameof(LiveEditionEvents.VoteChanged);
    public const string VoteRevealed = nameof(LiveEditionEvents.VoteRevealed);
    public const string SurveyChanged = nameof(LiveEditionEvents.SurveyChanged);
    public const string ScheduleChanged = nameof(LiveEditionEvents.ScheduleChanged);
    public const string PresenceChanged = nameof(ILiveClient.PresenceChanged);
    public const string Heartbeat = nameof(ILiveClient.Heartbeat);

    /// <summary>The hub method of a batch: an array of <c>{ name, payload }</c>, one per edition event, in order.</summary>
    public const string Events = nameof(ILiveClient.Events);

    /// <summary>What a screen watching an edition hears, in batches (presence goes to team pages only).</summary>
    public static readonly IReadOnlyList<string> Edition = [MissionChanged, EditionChanged, Announcement, AnnouncementUnpinned, HelpRequested, Revealed, VoteChanged, VoteRevealed, SurveyChanged, ScheduleChanged];

    /// <summary>What the hub sends as messages of their own.</summary>
    public static readonly IReadOnlyList<string> HubMethods = [Events, PresenceChanged, Heartbeat];

    /// <summary>Every name on the wire.</summary>
    public static readonly IReadOnlyList<string> All = [.. Edition, PresenceChanged, Heartbeat, Events];
}
