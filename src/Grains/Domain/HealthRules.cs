using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// A mission's health, worst first: blocked (a milestone is blocked), stale (nobody updated it for
/// <see cref="HealthOptions.StaleAfter"/>), at-risk (fewer milestones done than the schedule expects by
/// now), else on-track. A finished mission is always on-track.
/// </summary>
public static class HealthRules
{
    public static MissionHealth Evaluate(
        int milestonesDone,
        int milestonesTotal,
        bool hasBlockedMilestone,
        DateTimeOffset lastUpdateAt,
        DateTimeOffset now,
        double expectedFraction,
        TimeSpan staleAfter)
    {
        if (MissionSummary.IsComplete(milestonesDone, milestonesTotal))
        {
            return MissionHealth.OnTrack;
        }

        if (hasBlockedMilestone)
        {
            return MissionHealth.Blocked;
        }

        if (now - lastUpdateAt > staleAfter)
        {
            return MissionHealth.Stale;
        }

        var expectedDone = (int)Math.Floor(Math.Clamp(expectedFraction, 0, 1) * milestonesTotal);
        return milestonesDone < expectedDone ? MissionHealth.AtRisk : MissionHealth.OnTrack;
    }
}
