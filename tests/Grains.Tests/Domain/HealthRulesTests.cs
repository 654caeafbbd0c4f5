using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class HealthRulesTests
{
    private static readonly DateTimeOffset Now = new(2018, 11, 14, 12, 0, 0, TimeSpan.FromHours(1));
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(45);

    [Fact]
    public void Health_BlockedMilestone_IsBlocked() =>
        Assert.Equal(MissionHealth.Blocked, HealthRules.Evaluate(1, 5, true, Now, Now, 0, StaleAfter));

    [Fact]
    public void Health_NoUpdateForLongerThanStaleAfter_IsStale() =>
        Assert.Equal(MissionHealth.Stale, HealthRules.Evaluate(1, 5, false, Now - TimeSpan.FromMinutes(46), Now, 0, StaleAfter));

    [Fact]
    public void Health_UpdatedJustInside_IsNotStale() =>
        Assert.Equal(MissionHealth.OnTrack, HealthRules.Evaluate(1, 5, false, Now - TimeSpan.FromMinutes(44), Now, 0, StaleAfter));

    [Fact]
    public void Health_FewerDoneThanScheduleExpects_IsAtRisk() =>
        Assert.Equal(MissionHealth.AtRisk, HealthRules.Evaluate(1, 5, false, Now, Now, 0.5, StaleAfter));

    [Fact]
    public void Health_AsManyDoneAsScheduleExpects_IsOnTrack() =>
        Assert.Equal(MissionHealth.OnTrack, HealthRules.Evaluate(2, 5, false, Now, Now, 0.5, StaleAfter));

    [Fact]
    public void Health_FinishedMission_IsOnTrackEvenWhenOldAndLate() =>
        Assert.Equal(MissionHealth.OnTrack, HealthRules.Evaluate(5, 5, false, Now - TimeSpan.FromDays(1), Now, 1, StaleAfter));

    [Fact]
    public void Health_BlockedWinsOverStale() =>
        Assert.Equal(MissionHealth.Blocked, HealthRules.Evaluate(0, 5, true, Now - TimeSpan.FromDays(1), Now, 1, StaleAfter));
}
