using Microsoft.Extensions.DependencyInjection;
using Orchestrator.WebHost.Tests.Infrastructure;
using Orleans.Runtime;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>Two web hosts, each co-hosting a silo, in one cluster on one real PostgreSQL.</summary>
public sealed class LiveClusterTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task ChangeThroughHostA_ReachesScreenOnHostB()
    {
        var settings = await fixture.NewCluster();
        await using var hostA = OrchestratorServer.Start(settings);
        await using var hostB = OrchestratorServer.Start(settings);
        using var adminA = hostA.Client();
        var editionId = await adminA.CreateEditionWithMissions("alpha", "beta");
        await using var screenB = await LiveScreen.Connect(hostB);
        await screenB.JoinEdition(editionId);

        var alpha = await adminA.SetMilestone(editionId, "alpha", "framing", "done");
        var beta = await adminA.SetMilestone(editionId, "beta", "framing", "in-progress");
        var events = await screenB.Until((long)beta["editionVersion"]!);

        Assert.Contains(events, e => e.Name == "MissionChanged" && e.Version == (long)alpha["editionVersion"]!);
        Assert.Contains(events, e => e.Name == "MissionChanged" && e.Version == (long)beta["editionVersion"]!
            && e.Payload.GetProperty("mission").GetProperty("id").GetString() == "beta");
    }

    [Fact]
    public async Task SiloHoldingMissionStops_MissionReactivatesElsewhere_ScreenConverges()
    {
        var settings = await fixture.NewCluster();
        var hostA = OrchestratorServer.Start(settings);
        var hostB = OrchestratorServer.Start(settings);
        OrchestratorServer? victim = null;
        OrchestratorServer survivor;
        try
        {
            using var adminA = hostA.Client();
            var editionId = await adminA.CreateEditionWithMissions("alpha");
            var before = await adminA.SetMilestone(editionId, "alpha", "framing", "done");

            var management = hostA.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
            var mission = hostA.Services.GetRequiredService<IGrainFactory>()
                .GetGrain<Grains.Interfaces.Missions.IMissionGrain>(Grains.Interfaces.Missions.MissionKey.For(editionId, "alpha"));
            var holder = await management.GetActivationAddress(mission);
            var siloA = hostA.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
            (victim, survivor) = holder == siloA ? (hostA, hostB) : (hostB, hostA);
            Assert.NotNull(holder);

            await using var screen = await LiveScreen.Connect(survivor);
            var mirror = new LiveMirror();
            mirror.Load(await screen.JoinEdition(editionId));
            Assert.Equal((long)before["version"]!, mirror.MissionVersions["alpha"]);

            await victim.DisposeAsync();
            victim = null;

            // The mission comes back from storage on the surviving silo, with its acknowledged change.
            using var admin = survivor.Client();
            var after = await admin.SetMilestone(editionId, "alpha", "diagnosis", "done");
            Assert.Equal((long)before["version"]! + 1, (long)after["version"]!);
            Assert.Equal(40, (int)after["progress"]!);

            // Events may have been lost while the registry moved: the screen joins again and converges.
            mirror.Load(await screen.JoinEdition(editionId));
            var server = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200);
            Assert.Equal((long)server["version"]!, mirror.Version);
            Assert.Equal((long)after["version"]!, mirror.MissionVersions["alpha"]);

            // And live events flow again once the surviving host has re-registered (bounded attempts).
            string[] next = ["ideas", "deliverable", "presentation"];
            LiveEvent? heard = null;
            foreach (var milestone in next)
            {
                var change = await admin.SetMilestone(editionId, "alpha", milestone, "done");
                try
                {
                    heard = (await screen.Until((long)change["editionVersion"]!)).Last();
                    break;
                }
                catch (OperationCanceledException)
                {
                }
            }

            Assert.NotNull(heard);
        }
        finally
        {
            await hostA.DisposeAsync();
            await hostB.DisposeAsync();
        }
    }
}
