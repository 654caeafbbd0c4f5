using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class EditionState
{
    [Id(0)] public EditionInfo? Info { get; set; }

    [Id(1)] public long Version { get; set; }

    [Id(2)] public Dictionary<string, MissionSummary> Missions { get; set; } = new(StringComparer.Ordinal);

    [Id(3)] public List<Announcement> Announcements { get; set; } = [];

    /// <summary>Missions shown on the closing display so far, in the order the desk revealed them.</summary>
    [Id(4)] public List<string> Revealed { get; set; } = [];

    /// <summary>The closing reveal has begun: missions not yet revealed are hidden on the display.</summary>
    [Id(5)] public bool RevealStarted { get; set; }

    /// <summary>The pinned announcements: at most one for every team and one per mission.</summary>
    [Id(6)] public List<Announcement> Pinned { get; set; } = [];

    /// <summary>
    /// A copy that changes made after it leave alone (what it holds is immutable; its collections are its
    /// own): the edition writes one while it goes on changing, and serves reads from the one last stored.
    /// </summary>
    public EditionState Copy() => new()
    {
        Info = Info,
        Version = Version,
        Missions = new(Missions, StringComparer.Ordinal),
        Announcements = [.. Announcements],
        Revealed = [.. Revealed],
        RevealStarted = RevealStarted,
        Pinned = [.. Pinned],
    };
}
