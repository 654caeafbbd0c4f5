namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// The names of the live events on the wire: the methods of <see cref="ILiveClient"/>, for code that
/// listens by name (the .NET client, the load generator). The pages' copy is
/// <c>wwwroot/js/live-events.js</c>; a test keeps the two equal.
/// </summary>
public static class LiveEvents
{
    public const string MissionChanged = nameof(ILiveClient.MissionChanged);
    public const string EditionChanged = nameof(ILiveClient.EditionChanged);
    public const string Announcement = nameof(ILiveClient.Announcement);
    public const string AnnouncementUnpinned = nameof(ILiveClient.AnnouncementUnpinned);
    public const string HelpRequested = nameof(ILiveClient.HelpRequested);
    public const string Revealed = nameof(ILiveClient.Revealed);
    public const string SurveyChanged = nameof(ILiveClient.SurveyChanged);
    public const string PresenceChanged = nameof(ILiveClient.PresenceChanged);
    public const string Heartbeat = nameof(ILiveClient.Heartbeat);
    public const string VoteChanged = nameof(ILiveClient.VoteChanged);
    public const string VoteRevealed = nameof(ILiveClient.VoteRevealed);

    /// <summary>What a screen watching an edition hears (presence goes to team pages only).</summary>
    public static readonly IReadOnlyList<string> Edition = [MissionChanged, EditionChanged, Announcement, AnnouncementUnpinned, HelpRequested, Revealed, VoteChanged, VoteRevealed, SurveyChanged];

    public static readonly IReadOnlyList<string> All = [.. Edition, PresenceChanged, Heartbeat];
}
