using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class HelpRequestMovesTests
{
    [Theory]
    [InlineData(HelpRequestStatus.Open, HelpRequestStatus.Acknowledged)]
    [InlineData(HelpRequestStatus.Acknowledged, HelpRequestStatus.Resolved)]
    [InlineData(HelpRequestStatus.Open, HelpRequestStatus.Resolved)]
    [InlineData(HelpRequestStatus.Acknowledged, HelpRequestStatus.Acknowledged)]
    [InlineData(HelpRequestStatus.Resolved, HelpRequestStatus.Resolved)]
    public void Move_Forward_OrToTheSameStatus_IsAllowed(HelpRequestStatus from, HelpRequestStatus to)
    {
        Assert.True(HelpRequestMoves.IsAllowed(from, to));
        HelpRequestMoves.EnsureAllowed("h1", from, to);
    }

    [Theory]
    [InlineData(HelpRequestStatus.Acknowledged, HelpRequestStatus.Open)]
    [InlineData(HelpRequestStatus.Resolved, HelpRequestStatus.Open)]
    [InlineData(HelpRequestStatus.Resolved, HelpRequestStatus.Acknowledged)]
    public void Move_Back_IsRefusedAsConflict(HelpRequestStatus from, HelpRequestStatus to)
    {
        Assert.False(HelpRequestMoves.IsAllowed(from, to));
        var refused = Assert.Throws<DomainRuleException>(() => HelpRequestMoves.EnsureAllowed("finance-help", from, to));
        Assert.Equal(DomainRuleKind.Conflict, refused.Kind);
        Assert.Contains("finance-help", refused.Message, StringComparison.Ordinal);
    }
}
