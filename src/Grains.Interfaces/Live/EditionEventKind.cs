namespace Orchestrator.Grains.Interfaces.Live;

[GenerateSerializer]
public enum EditionEventKind
{
    MissionChanged = 0,
    EditionChanged = 1,
    Announcement = 2,
    HelpRequested = 3,
    Revealed = 4,
    VoteChanged = 5,
    VoteRevealed = 6,

    // Numbered apart from the vote's kinds, built at the same time: a stored or sent value never changes meaning.
    SurveyChanged = 8,
    AnnouncementUnpinned = 7,
}
