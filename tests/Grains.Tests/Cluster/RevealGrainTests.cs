using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class RevealGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Reveal_KeepsTheOrder_BumpsTheVersionOnce_AndPublishesIt()
    {
        var probe = await LiveProbe.Register(fixture.Cluster);
        var (editionId, edition) = await NewEdition("drenche", "auxilia");
        var start = (await edition.GetSnapshot())!.Version;

        var first = await edition.Reveal("auxilia");
        var second = await edition.Reveal("drenche");
        var again = await edition.Reveal("auxilia");

        Assert.Equal(start + 1, first.Version);
        Assert.Equal(start + 2, second.Version);
        Assert.Equal(second.Version, again.Version);
        Assert.Equal(["auxilia", "drenche"], again.Revealed);
        Assert.Equal(["auxilia", "drenche"], (await edition.GetSnapshot())!.Revealed);
        var published = await probe.WaitFor(e => e.EditionId == editionId && e.Kind == EditionEventKind.Revealed && e.Version == second.Version);
        Assert.Equal("drenche", published.Reveal!.MissionId);
    }

    [Fact]
    public async Task Reveal_UnknownMission_IsNotFound_AndReset_HidesAllOnce()
    {
        var (_, edition) = await NewEdition("drenche");
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => edition.Reveal("nowhere"));
        Assert.Equal(DomainRuleKind.NotFound, refused.Kind);
        Assert.False((await edition.GetSnapshot())!.RevealStarted);

        var revealed = await edition.Reveal("drenche");
        var reset = await edition.ResetReveal();
        var resetAgain = await edition.ResetReveal();

        Assert.Equal(revealed.Version + 1, reset.Version);
        Assert.Null(reset.MissionId);
        Assert.Empty(reset.Revealed);
        Assert.True(reset.Started);
        Assert.True((await edition.GetSnapshot())!.RevealStarted);
        Assert.Equal(reset.Version, resetAgain.Version);
        Assert.Empty((await edition.GetSnapshot())!.Revealed!);
    }

    private async Task<(string EditionId, IEditionGrain Edition)> NewEdition(params string[] missions)
    {
        var editionId = Ids.New("reveal");
        var edition = await fixture.Grains.CreateEdition(editionId);
        foreach (var mission in missions)
        {
            await fixture.Grains.CreateMission(editionId, mission, Sample.Mission(mission));
        }

        return (editionId, edition);
    }
}
