namespace Orchestrator.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class EventTimeIsolationTests(ClusterFixture fixture)
{
    /// <summary>
    /// Pins the shared-clock bug: one static test clock, moved 46 minutes by the staleness test, moved event
    /// time for every test on every cluster after it. Each cluster now has a clock of its own.
    /// </summary>
    [Fact]
    public async Task EventTime_MovedByOneTest_StaysPutForTheSharedCluster_SharedTestClockBug()
    {
        var sharedBefore = OwnClockCluster.EventTimeIn(fixture.Cluster);
        await using var own = await OwnClockCluster.StartAsync();

        own.Clock.Advance(TimeSpan.FromMinutes(46));

        Assert.Equal(ClusterClocks.FactoryOpens.AddMinutes(46), OwnClockCluster.EventTimeIn(own.Cluster));
        Assert.Equal(sharedBefore, OwnClockCluster.EventTimeIn(fixture.Cluster));
    }
}
