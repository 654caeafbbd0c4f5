using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Domain;

public static class EditionVersioning
{
    /// <summary>
    /// A mission may report the same change twice (a retry after a failure); only a summary newer
    /// than the one the edition holds is a change.
    /// </summary>
    public static bool IsNewer(MissionSummary incoming, MissionSummary? known) =>
        known is null || incoming.Version > known.Version;
}
