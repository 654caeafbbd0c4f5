using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// Which milestone moves a team lead may make. Everything is allowed but blocking a milestone that is
/// already done: a finished step cannot hold the team up; reopen it first.
/// </summary>
public static class MilestoneMoves
{
    public static bool IsAllowed(MilestoneStatus from, MilestoneStatus to) =>
        !(from == MilestoneStatus.Done && to == MilestoneStatus.Blocked);

    public static void EnsureAllowed(string milestoneId, MilestoneStatus from, MilestoneStatus to)
    {
        if (!IsAllowed(from, to))
        {
            throw DomainRuleException.Conflict(
                $"Milestone '{milestoneId}' is done and cannot be blocked; move it back to in-progress first.");
        }
    }
}
