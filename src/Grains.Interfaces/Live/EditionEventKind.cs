namespace Orchestrator.Grains.Interfaces.Live;

[GenerateSerializer]
public enum EditionEventKind
{
    MissionChanged = 0,
    EditionChanged = 1,
    Announcement = 2,
    HelpRequested = 3,
    Revealed = 4,

    // 5–8 are left to the closing vote's events, built alongside.
    ScheduleChanged = 9,
}
