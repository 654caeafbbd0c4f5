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
}
