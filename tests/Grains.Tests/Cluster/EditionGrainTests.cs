using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class EditionGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Create_ThenSnapshot_HasVersionOneAndNoMission()
    {
        var id = Ids.New("factory");
        var created = await fixture.Grains.GetGrain<IEditionGrain>(id).Create(Sample.Factory());
        var snapshot = await fixture.Grains.GetGrain<IEditionGrain>(id).GetSnapshot();

        Assert.Equal(1, created.Version);
        Assert.NotNull(snapshot);
        Assert.Equal("Probono Factory 2018", snapshot.Info.Title);
        Assert.Equal(EditionCounters.Empty, snapshot.Counters);
        Assert.Empty(snapshot.Missions);
    }

    [Fact]
    public async Task Create_Twice_IsAConflict()
    {
        var edition = fixture.Grains.GetGrain<IEditionGrain>(Ids.New("factory"));
        await edition.Create(Sample.Factory());
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => edition.Create(Sample.Factory()));
        Assert.Equal(DomainRuleKind.Conflict, refused.Kind);
    }

    [Fact]
    public async Task UnknownEdition_HasNoSnapshot_AndRefusesAnnouncements()
    {
        var edition = fixture.Grains.GetGrain<IEditionGrain>(Ids.New("nowhere"));
        Assert.Null(await edition.GetSnapshot());
        Assert.Equal(DomainRuleKind.NotFound, (await Assert.ThrowsAsync<DomainRuleException>(() => edition.Announce(new Announce("hello")))).Kind);
    }

    [Fact]
    public async Task Version_RisesByOne_WithEveryChangeAnywhereInTheEdition()
    {
        var editionId = Ids.New("factory");
        var edition = fixture.Grains.GetGrain<IEditionGrain>(editionId);
        await edition.Create(Sample.Factory());
        var drenche = fixture.Grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, "drenche"));
        var auxilia = fixture.Grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, "auxilia"));

        var v2 = (await drenche.Create(Sample.Mission())).EditionVersion;
        var v3 = (await auxilia.Create(Sample.Mission("auxilia"))).EditionVersion;
        await edition.Announce(new Announce("Les restitutions commencent dans 15 minutes"));
        var v5 = (await drenche.SetMilestone("framing", MilestoneStatus.Done, null, null)).EditionVersion;
        var v6 = (await auxilia.AddMember(new NewVolunteer("Jihane", "Mazars", false), null)).EditionVersion;

        Assert.Equal([2L, 3L, 5L, 6L], [v2, v3, v5, v6]);
        Assert.Equal(6, (await edition.GetSnapshot())!.Version);
    }

    [Fact]
    public async Task Counters_FollowMissions_MembersAndMilestones()
    {
        var editionId = Ids.New("factory");
        var edition = await fixture.Grains.CreateEdition(editionId);
        var drenche = await fixture.Grains.CreateMission(editionId, "drenche", Sample.Mission("le-drenche"));
        var auxilia = await fixture.Grains.CreateMission(editionId, "auxilia", Sample.Mission("auxilia"));
        var auxilia2 = await fixture.Grains.CreateMission(editionId, "auxilia-2", Sample.Mission("auxilia"));
        await drenche.AddMember(new NewVolunteer("Germain", "DXC Technology", false), null);
        await auxilia.AddMember(new NewVolunteer("Jihane", "Mazars", false), null);
        await auxilia2.AddMember(new NewVolunteer("Paul", "mazars", true), null);
        await drenche.SetMilestone("framing", MilestoneStatus.Done, null, null);

        var counters = (await edition.GetSnapshot())!.Counters;
        Assert.Equal(new EditionCounters(3, 2, 3, 2, 1, 15, 0), counters);
    }
}
