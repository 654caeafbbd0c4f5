using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class MilestoneMovesTests
{
    [Theory]
    [InlineData(MilestoneStatus.Todo, MilestoneStatus.InProgress)]
    [InlineData(MilestoneStatus.InProgress, MilestoneStatus.Done)]
    [InlineData(MilestoneStatus.InProgress, MilestoneStatus.Blocked)]
    [InlineData(MilestoneStatus.Blocked, MilestoneStatus.InProgress)]
    [InlineData(MilestoneStatus.Done, MilestoneStatus.InProgress)]
    [InlineData(MilestoneStatus.Todo, MilestoneStatus.Done)]
    public void Move_Allowed(MilestoneStatus from, MilestoneStatus to) => Assert.True(MilestoneMoves.IsAllowed(from, to));

    [Fact]
    public void Move_DoneToBlocked_IsRefusedAsConflict()
    {
        Assert.False(MilestoneMoves.IsAllowed(MilestoneStatus.Done, MilestoneStatus.Blocked));
        var refused = Assert.Throws<DomainRuleException>(() => MilestoneMoves.EnsureAllowed("diagnosis", MilestoneStatus.Done, MilestoneStatus.Blocked));
        Assert.Equal(DomainRuleKind.Conflict, refused.Kind);
        Assert.Contains("diagnosis", refused.Message, StringComparison.Ordinal);
    }
}
