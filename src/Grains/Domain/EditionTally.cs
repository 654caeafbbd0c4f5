using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Domain;

/// <summary>The edition's counters, derived from its missions' summaries (never kept apart from them).</summary>
public static class EditionTally
{
    public static EditionCounters Count(IReadOnlyCollection<MissionSummary> missions) => new(
        Missions: missions.Count,
        Associations: missions.Select(m => m.AssociationId).Distinct(StringComparer.Ordinal).Count(),
        Volunteers: missions.Sum(m => m.Volunteers),
        Companies: Companies(missions).Count,
        MilestonesDone: missions.Sum(m => m.MilestonesDone),
        MilestonesTotal: missions.Sum(m => m.MilestonesTotal),
        MissionsCompleted: missions.Count(m => m.Completed));

    /// <summary>Distinct companies, ignoring case and surrounding spaces, in the first spelling met.</summary>
    public static IReadOnlyList<string> Companies(IEnumerable<MissionSummary> missions) => missions
        .SelectMany(m => m.Companies)
        .Select(c => c.Trim())
        .Where(c => c.Length > 0)
        .DistinctBy(c => c.ToUpperInvariant())
        .OrderBy(c => c, StringComparer.OrdinalIgnoreCase)
        .ToList();
}
