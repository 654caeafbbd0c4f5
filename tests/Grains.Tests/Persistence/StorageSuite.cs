using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.Grains.Tests.Cluster;
using Orleans.Storage;

namespace Orchestrator.Grains.Tests.Persistence;

/// <summary>
/// The same durability tests against each real store: what a cluster acknowledged is there after a
/// restart, and a writer holding stale state gets an error instead of overwriting.
/// </summary>
public abstract class StorageSuite
{
    /// <summary>Settings pointing a cluster at a fresh, empty store.</summary>
    protected abstract Task<Dictionary<string, string?>> NewStore();

    [Fact]
    public async Task AcknowledgedChanges_SurviveAClusterRestart()
    {
        var store = await NewStore();
        var serviceId = $"restart-{Guid.NewGuid():n}";
        var editionId = Ids.New("factory");
        MissionDetail acknowledged;
        await using (var first = await OrchestratorCluster.StartAsync(store, serviceId))
        {
            await first.GrainFactory.CreateEdition(editionId);
            var mission = await first.GrainFactory.CreateMission(editionId, "drenche");
            await mission.AddMember(new NewVolunteer("Germain", "DXC Technology", false), new ChangeKey("lead", "k-member"));
            acknowledged = await mission.SetMilestone("framing", MilestoneStatus.Done, "Besoin cadré", new ChangeKey("lead", "k-framing"));
        }

        await using var second = await OrchestratorCluster.StartAsync(store, serviceId);
        var reread = await second.GrainFactory.GetGrain<IMissionGrain>(MissionKey.For(editionId, "drenche")).Get();
        var snapshot = await second.GrainFactory.GetGrain<IEditionGrain>(editionId).GetSnapshot();

        Assert.NotNull(reread);
        Assert.Equal(acknowledged.Version, reread.Version);
        Assert.Equal(acknowledged.Milestones, reread.Milestones);
        Assert.Equal("Germain", Assert.Single(reread.Members).Name);
        Assert.Equal(acknowledged.EditionVersion, snapshot!.Version);
        Assert.Equal(20, snapshot.Missions.Single().Progress);

        // The idempotency keys were stored with the changes: a retry after the restart applies nothing.
        var retried = await second.GrainFactory.GetGrain<IMissionGrain>(MissionKey.For(editionId, "drenche"))
            .AddMember(new NewVolunteer("Germain", "DXC Technology", false), new ChangeKey("lead", "k-member"));
        Assert.Single(retried.Members);
    }

    [Fact]
    public async Task TwoWritersInConflict_TheStaleOneSeesTheError_AndNothingIsOverwritten()
    {
        var store = await NewStore();
        var serviceId = $"conflict-{Guid.NewGuid():n}";
        var editionId = Ids.New("factory");
        var key = MissionKey.For(editionId, "drenche");
        await using var clusterA = await OrchestratorCluster.StartAsync(store, serviceId, silos: 1);
        await using var clusterB = await OrchestratorCluster.StartAsync(store, serviceId, silos: 1);
        await clusterA.GrainFactory.CreateEdition(editionId);
        await clusterA.GrainFactory.CreateMission(editionId, "drenche");

        // Both clusters now hold an activation of the same mission, loaded at the same version.
        var inB = clusterB.GrainFactory.GetGrain<IMissionGrain>(key);
        Assert.Equal(1, (await inB.Get())!.Version);
        await clusterA.GrainFactory.GetGrain<IMissionGrain>(key).SetMilestone("framing", MilestoneStatus.Done, "from A", null);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => inB.SetMilestone("framing", MilestoneStatus.Blocked, "from B", null));
        Assert.True(error is InconsistentStateException || error.InnerException is InconsistentStateException, error.ToString());

        // B dropped its stale copy: it now reads A's write, which was not overwritten.
        var afterConflict = (await inB.Get())!;
        Assert.Equal("from A", afterConflict.Milestones.Single(m => m.Id == "framing").Note);
        Assert.Equal(MilestoneStatus.Done, afterConflict.Milestones.Single(m => m.Id == "framing").Status);
    }
}
