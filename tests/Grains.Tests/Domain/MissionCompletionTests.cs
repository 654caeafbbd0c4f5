using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Domain;

/// <summary>The one rule the counters, the health, the results, the impact report and the history share.</summary>
public sealed class MissionCompletionTests
{
    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(0, 5, false)]
    [InlineData(4, 5, false)]
    [InlineData(5, 5, true)]
    public void AMissionIsComplete_OnlyWhenItHasMilestones_AndEveryOneIsDone(int done, int total, bool complete) =>
        Assert.Equal(complete, MissionSummary.IsComplete(done, total));
}
