using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Domain;

public static class Progress
{
    /// <summary>Percent of milestones done, 0–100, rounded down so 100 means every one is done.</summary>
    public static int Percent(int done, int total) => total <= 0 ? 0 : done * 100 / total;

    public static int Percent(IEnumerable<Milestone> milestones)
    {
        var total = 0;
        var done = 0;
        foreach (var milestone in milestones)
        {
            total++;
            if (milestone.Status == MilestoneStatus.Done)
            {
                done++;
            }
        }

        return Percent(done, total);
    }
}
