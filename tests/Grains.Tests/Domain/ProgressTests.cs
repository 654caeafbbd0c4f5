using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class ProgressTests
{
    [Theory]
    [InlineData(0, 5, 0)]
    [InlineData(1, 5, 20)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 66)]
    [InlineData(3, 3, 100)]
    [InlineData(0, 0, 0)]
    public void Progress_IsPercentOfMilestonesDone(int done, int total, int expected) =>
        Assert.Equal(expected, Progress.Percent(done, total));

    [Fact]
    public void Progress_CountsOnlyDoneMilestones()
    {
        var milestones = new[]
        {
            new Milestone("a", "A", MilestoneStatus.Done, null, null),
            new Milestone("b", "B", MilestoneStatus.InProgress, null, null),
            new Milestone("c", "C", MilestoneStatus.Blocked, null, null),
            new Milestone("d", "D", MilestoneStatus.Done, null, null),
        };
        Assert.Equal(50, Progress.Percent(milestones));
    }
}
