using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// How a mission's health is judged at a moment: against the edition's schedule (none yet: nothing is
/// late) and the staleness limit. The mission judges itself with it, the edition re-judges summaries.
/// </summary>
public sealed record HealthReview(ScheduleClock? Schedule, TimeSpan StaleAfter)
{
    public MissionHealth Judge(int milestonesDone, int milestonesTotal, bool hasBlockedMilestone, DateTimeOffset lastUpdateAt, DateTimeOffset now) =>
        HealthRules.Evaluate(
            milestonesDone,
            milestonesTotal,
            hasBlockedMilestone,
            lastUpdateAt,
            now,
            Schedule?.ElapsedFraction(now) ?? 0,
            StaleAfter);

    public MissionSummary Judge(MissionSummary summary, DateTimeOffset now) => summary with
    {
        Health = Judge(summary.MilestonesDone, summary.MilestonesTotal, summary.HasBlockedMilestone, summary.LastUpdateAt, now),
    };
}
