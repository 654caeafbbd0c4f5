using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Associations;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Requests;

namespace Orchestrator.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class MissionGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Create_InUnknownEdition_IsNotFound_AndLeavesNothing()
    {
        var mission = fixture.Grains.GetGrain<IMissionGrain>(MissionKey.For(Ids.New("nowhere"), "drenche"));
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => mission.Create(Sample.Mission()));
        Assert.Equal(DomainRuleKind.NotFound, refused.Kind);
        Assert.Null(await mission.Get());
    }

    [Fact]
    public async Task Create_UsesTheFormatsDefaultMilestones()
    {
        var (_, factory) = await fixture.Grains.CreateEditionWithMission(EditionFormat.Factory);
        var (_, marathon) = await fixture.Grains.CreateEditionWithMission(EditionFormat.Marathon);
        Assert.Equal(5, (await factory.Get())!.Milestones.Count);
        Assert.Equal(3, (await marathon.Get())!.Milestones.Count);
        Assert.All((await factory.Get())!.Milestones, m => Assert.Equal(MilestoneStatus.Todo, m.Status));
    }

    [Fact]
    public async Task Create_WithOwnMilestones_KeepsThem()
    {
        var (_, mission) = await fixture.Grains.CreateEditionWithMission(command: Sample.Mission() with
        {
            Milestones = [new("brief", "Brief"), new("brochure", "Plaquette commerciale")],
        });
        Assert.Equal(["brief", "brochure"], (await mission.Get())!.Milestones.Select(m => m.Id));
    }

    [Fact]
    public async Task Create_Twice_IsAConflict()
    {
        var (_, mission) = await fixture.Grains.CreateEditionWithMission();
        Assert.Equal(DomainRuleKind.Conflict, (await Assert.ThrowsAsync<DomainRuleException>(() => mission.Create(Sample.Mission()))).Kind);
    }

    [Fact]
    public async Task Milestones_MoveProgressAndVersion()
    {
        var (_, mission) = await fixture.Grains.CreateEditionWithMission();
        await mission.SetMilestone("framing", MilestoneStatus.Done, null, null);
        var detail = await mission.SetMilestone("diagnosis", MilestoneStatus.InProgress, "Entretien avec Florent", null);

        Assert.Equal(20, detail.Progress);
        Assert.Equal(3, detail.Version);
        Assert.Equal("Entretien avec Florent", detail.Milestones.Single(m => m.Id == "diagnosis").Note);
    }

    [Fact]
    public async Task BlockedMilestone_MakesTheMissionBlocked_InDetailAndInTheEdition()
    {
        var (editionId, mission) = await fixture.Grains.CreateEditionWithMission();
        var detail = await mission.SetMilestone("framing", MilestoneStatus.Blocked, "L'association n'est pas joignable", null);
        var summary = (await fixture.Grains.Snapshot(editionId)).Missions.Single();
        Assert.Equal(MissionHealth.Blocked, detail.Health);
        Assert.Equal(MissionHealth.Blocked, summary.Health);
    }

    [Fact]
    public async Task UnknownMilestone_IsNotFound_AndChangesNothing()
    {
        var (_, mission) = await fixture.Grains.CreateEditionWithMission();
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => mission.SetMilestone("nope", MilestoneStatus.Done, null, null));
        Assert.Equal(DomainRuleKind.NotFound, refused.Kind);
        Assert.Equal(1, (await mission.Get())!.Version);
    }

    [Fact]
    public async Task IdempotencyKey_AppliesARetriedChangeOnce()
    {
        var (editionId, mission) = await fixture.Grains.CreateEditionWithMission();
        var first = await mission.AddMember(new NewVolunteer("Germain", "DXC Technology", false), new ChangeKey("lead", "phone-42"));
        var retry = await mission.AddMember(new NewVolunteer("Germain", "DXC Technology", false), new ChangeKey("lead", "phone-42"));

        Assert.Single(retry.Members);
        Assert.Equal(first.Version, retry.Version);
        Assert.Equal(first.EditionVersion, (await fixture.Grains.Snapshot(editionId)).Version);
    }

    [Fact]
    public async Task IdempotencyKey_ReusedForAnotherChange_IsAConflict()
    {
        var (_, mission) = await fixture.Grains.CreateEditionWithMission();
        await mission.SetMilestone("framing", MilestoneStatus.Done, null, new ChangeKey("lead", "k-1"));
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => mission.SetMilestone("diagnosis", MilestoneStatus.Done, null, new ChangeKey("lead", "k-1")));
        Assert.Equal(DomainRuleKind.Conflict, refused.Kind);
    }

    /// <summary>
    /// Pins the unscoped-ledger bug: the mission's ledger keyed changes by the header alone, so the admin's
    /// change sent with the same Idempotency-Key as a lead's was swallowed as that lead's retry.
    /// </summary>
    [Fact]
    public async Task IdempotencyKey_SameKeyFromAnotherCaller_AppliesItsOwnChange_UnscopedLedgerBug()
    {
        var (_, mission) = await fixture.Grains.CreateEditionWithMission();
        var byLead = await mission.AddMember(new NewVolunteer("Germain", "DXC Technology", false), new ChangeKey("lead:t-1", "phone-42"));
        var byAdmin = await mission.AddMember(new NewVolunteer("Jihane", "Mazars", true), new ChangeKey("admin:t-0", "phone-42"));

        Assert.Equal(byLead.Version + 1, byAdmin.Version);
        Assert.Equal(["Germain", "Jihane"], byAdmin.Members.Select(m => m.Name));
    }

    [Fact]
    public async Task HelpRequest_IsCountedAsOpenInTheEdition()
    {
        var (editionId, mission) = await fixture.Grains.CreateEditionWithMission();
        var help = await mission.RequestHelp("finance", "Nous avons besoin d'un expert en finance", null);
        var summary = (await fixture.Grains.Snapshot(editionId)).Missions.Single();
        Assert.Equal(HelpRequestStatus.Open, help.Status);
        Assert.Equal(1, summary.OpenHelpRequests);
    }

    [Fact]
    public async Task Association_KeepsItsMissionsAcrossEditions()
    {
        var associationId = Ids.New("auxilia");
        var (first, _) = await fixture.Grains.CreateEditionWithMission(command: Sample.Mission(associationId));
        var (second, _) = await fixture.Grains.CreateEditionWithMission(command: Sample.Mission(associationId));
        var profile = await fixture.Grains.GetGrain<IAssociationGrain>(associationId).Get();
        Assert.Equal([MissionKey.For(first, "drenche"), MissionKey.For(second, "drenche")], profile!.MissionKeys);
    }

    /// <summary>Moves event time: on a cluster and clock of its own, so no other test sees the 46 minutes pass.</summary>
    [Fact]
    public async Task NoUpdateForLongerThanStaleAfter_TheEditionMarksTheMissionStale_AndTellsTheScreens()
    {
        await using var own = await OwnClockCluster.StartAsync();
        var probe = await LiveProbe.Register(own.Cluster);
        var (editionId, mission) = await own.Grains.CreateEditionWithMission();
        await mission.SetMilestone("framing", MilestoneStatus.InProgress, null, null);
        var before = await own.Grains.Snapshot(editionId);

        own.Clock.Advance(TimeSpan.FromMinutes(46));
        var stale = await probe.WaitFor(e => e.EditionId == editionId && e.Mission?.Health == MissionHealth.Stale);

        Assert.Equal(MissionHealth.OnTrack, before.Missions.Single().Health);
        Assert.Equal(before.Version + 1, stale.Version);
        Assert.Equal(MissionHealth.Stale, (await own.Grains.Snapshot(editionId)).Missions.Single().Health);
    }

    [Fact]
    public async Task ALoneChange_ReachesTheHosts_WithTheEditionVersion()
    {
        var probe = await LiveProbe.Register(fixture.Cluster);
        var (editionId, mission) = await fixture.Grains.CreateEditionWithMission();
        var detail = await mission.SetMilestone("framing", MilestoneStatus.Done, null, null);

        var changed = await probe.WaitFor(e => e.EditionId == editionId && e.Kind == Interfaces.Live.EditionEventKind.MissionChanged && e.Version == detail.EditionVersion);
        Assert.Equal(20, changed.Mission!.Progress);
    }
}
