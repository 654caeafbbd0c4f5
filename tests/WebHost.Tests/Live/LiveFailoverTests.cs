using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.WebHost.Tests.Infrastructure;
using Orleans.Runtime;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// Standalone silos die without warning while two web hosts (Orleans clients) serve screens: the push
/// path comes back by itself, and no request is answered 500 meanwhile. Issue 10: after a silo loss
/// the screens of one host, or of both, heard nothing more.
/// </summary>
public sealed class LiveFailoverTests(PostgresFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Failover = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SiloHoldingRegistryOrEditionKilled_Repeatedly_BothHostsScreensHearTheNextEvent()
    {
        var settings = await fixture.NewCluster();
        var cluster = await FailoverCluster.StartAsync(settings, silos: 3);
        try
        {
            await using var hostA = OrchestratorServer.Start(FailoverCluster.ClientHost(settings));
            await using var hostB = OrchestratorServer.Start(FailoverCluster.ClientHost(settings));
            using var adminA = hostA.Client();
            using var adminB = hostB.Client();
            var editionId = await adminA.CreateEditionWithMissions("alpha");
            await using var screenA = await LiveScreen.Connect(hostA);
            await using var screenB = await LiveScreen.Connect(hostB);
            await screenA.JoinEdition(editionId);
            await screenB.JoinEdition(editionId);
            var writer = new OutageClient(adminA);
            var reader = new OutageClient(adminB);

            var grains = hostA.Services.GetRequiredService<IGrainFactory>();
            string[] milestones = ["framing", "diagnosis", "ideas", "deliverable"];
            for (var kill = 0; kill < milestones.Length; kill++)
            {
                // Both hosts hear a change before the kill: they are registered, the edition is active.
                var before = await writer.PutUntilAccepted(MilestonePath(editionId, milestones[kill]), new { status = "in-progress" }, Failover);
                await Task.WhenAll(screenA.Until((long)before["editionVersion"]!), screenB.Until((long)before["editionVersion"]!));

                IAddressable target = kill % 2 == 0 ? grains.GetGrain<ILiveHostRegistryGrain>(0) : grains.GetGrain<IEditionGrain>(editionId);
                var holder = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(target);
                Assert.NotNull(holder);
                var victim = cluster.GetSiloForAddress(holder);
                Assert.NotNull(victim);

                using var stopReading = new CancellationTokenSource();
                var reading = reader.ReadUntil($"/api/editions/{editionId}", stopReading.Token);
                await cluster.KillSiloAsync(victim);

                var after = await writer.PutUntilAccepted(MilestonePath(editionId, milestones[kill]), new { status = "done" }, Failover);
                var version = (long)after["editionVersion"]!;
                var heard = await Task.WhenAll(screenA.Until(version), screenB.Until(version));
                Assert.All(heard, events => Assert.Contains(events, e => e.Name == "MissionChanged" && e.Version == version));

                await stopReading.CancelAsync();
                await reading;
                await cluster.StartAdditionalSiloAsync();
            }

            Assert.True(reader.AnswerCount > 0);
            writer.AssertNoServerError();
            reader.AssertNoServerError();
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>
    /// A rolling restart's step: the silo holding the edition (every update passes through it) leaves
    /// gracefully while leads keep updating, with no client-side retry. Its activations move to the other
    /// silo with their queued calls, so every request is answered 2xx and every acknowledged update is in
    /// what the store holds afterwards.
    /// </summary>
    [Fact]
    public async Task SiloStoppedGracefully_DuringUpdates_EveryRequestSucceedsAndEveryAcknowledgedUpdateIsStored()
    {
        var settings = await fixture.NewCluster();
        var cluster = await FailoverCluster.StartAsync(settings, silos: 2);
        try
        {
            await using var host = OrchestratorServer.Start(FailoverCluster.ClientHost(settings));
            using var admin = host.Client();
            string[] missions = ["alpha", "beta", "gamma", "delta"];
            var editionId = ApiCalls.NewId("factory");
            await admin.CreateEdition(editionId);

            // Each lead with its own token, as at the event: its lookup (an access-token grain, on either
            // silo) is on every request's path too.
            var leadClients = new List<HttpClient>();
            foreach (var missionId in missions)
            {
                leadClients.Add(host.Client((string)(await admin.CreateMission(editionId, missionId))["leadToken"]!));
            }

            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var management = grains.GetGrain<IManagementGrain>(0);
            var holder = await management.GetActivationAddress(grains.GetGrain<IEditionGrain>(editionId));
            var leaving = cluster.GetSiloForAddress(holder!);
            Assert.NotNull(leaving);

            // One lead per mission, each update in turn: acknowledged versions must then be gap-free.
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var leads = missions.Select((missionId, i) => new LeadUpdates(leadClients[i], editionId, missionId)).ToList();
            await Task.WhenAll(leads.Select(lead => lead.Update()));
            var updating = leads.Select(lead => lead.UpdateUntil(stopped.Task)).ToList();
            await cluster.StopSiloAsync(leaving);
            stopped.SetResult();
            await Task.WhenAll(updating);

            // Read back from storage, not from the activations that moved.
            await management.ForceActivationCollection(TimeSpan.Zero);
            foreach (var lead in leads)
            {
                lead.AssertEveryAnswerSucceeded();
                var stored = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/missions/{lead.MissionId}"), 200);
                lead.AssertStored(stored);
            }

            leadClients.ForEach(client => client.Dispose());
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>
    /// A silo dies without warning (the one holding the edition, through which every update passes) while
    /// leads on both web hosts keep updating, each sending an update again with its Idempotency-Key after
    /// a 503 or a timeout, as a lead's outbox does. Every acknowledged update is then in the store, nothing
    /// was answered 500, and every screen on either host, following the live protocol by itself, ends on
    /// the stored state. How long this takes is the failover benchmark's business (bench/failover.sh).
    /// </summary>
    [Fact]
    public async Task SiloKilled_DuringUpdates_EveryAcknowledgedUpdateIsStored_AndEveryScreenConverges()
    {
        var settings = await fixture.NewCluster();
        var cluster = await FailoverCluster.StartAsync(settings, silos: 2);
        try
        {
            // A short heartbeat so a screen that lost the last events hears of it soon (the mechanism is the same).
            var hostSettings = new Dictionary<string, string?>(FailoverCluster.ClientHost(settings)) { ["Orchestrator:Live:HeartbeatEvery"] = "00:00:02" };
            await using var hostA = OrchestratorServer.Start(hostSettings);
            await using var hostB = OrchestratorServer.Start(hostSettings);
            using var adminA = hostA.Client();
            using var adminB = hostB.Client();
            string[] missions = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"];
            var editionId = await adminA.CreateEditionWithMissions(missions);
            OrchestratorServer[] hosts = [hostA, hostB];
            var screens = await Task.WhenAll(hosts.SelectMany(host => new[] { host, host }).Select(host => FollowingScreen.Join(host, editionId)));
            try
            {
                var outboxes = new[] { new OutageClient(adminA), new OutageClient(adminB) };
                var admins = new[] { adminA, adminB };
                var leads = missions.Select((missionId, i) => new LeadUpdates(admins[i % 2], editionId, missionId, outboxes[i % 2])).ToList();
                var grains = hostA.Services.GetRequiredService<IGrainFactory>();
                var management = grains.GetGrain<IManagementGrain>(0);

                var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var updating = leads.Select(lead => lead.UpdateUntil(stopped.Task)).ToList();
                await LeadUpdates.UntilAcknowledged(leads, _ => 3, updating, Failover);

                // Found while the leads update: the edition is active, and stays where it is until the kill.
                var holder = await management.GetActivationAddress(grains.GetGrain<IEditionGrain>(editionId));
                Assert.NotNull(holder);
                var victim = cluster.GetSiloForAddress(holder);
                Assert.NotNull(victim);
                var beforeKill = leads.Select(lead => lead.AcknowledgedCount).ToList();
                await cluster.KillSiloAsync(victim);

                // Every lead gets several more updates through the surviving silo, then all stop.
                await LeadUpdates.UntilAcknowledged(leads, i => beforeKill[i] + 5, updating, Failover);
                stopped.SetResult();
                await Task.WhenAll(updating).WaitAsync(Failover);

                // Read back from storage, not from the activations that took over.
                await management.ForceActivationCollection(TimeSpan.Zero);
                var stored = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var lead in leads)
                {
                    var mission = await ApiCalls.Json(await adminB.GetAsync($"/api/editions/{editionId}/missions/{lead.MissionId}"), 200);
                    lead.AssertStored(mission);
                    stored[lead.MissionId] = (long)mission["version"]!;
                }

                Assert.All(outboxes, outbox => outbox.AssertNoServerError());
                var edition = await ApiCalls.Json(await adminA.GetAsync($"/api/editions/{editionId}"), 200);
                var version = (long)edition["version"]!;
                Assert.Equal(stored, edition["missions"]!.AsArray().ToDictionary(m => (string)m!["id"]!, m => (long)m!["version"]!, StringComparer.Ordinal));
                await Task.WhenAll(screens.Select(screen => screen.Converged(version, stored, Failover)));
                output.WriteLine(
                    $"{leads.Sum(lead => lead.AcknowledgedCount)} updates acknowledged ({string.Join(", ", beforeKill)} before the kill); " +
                    $"{outboxes.Sum(o => o.UnavailableCount)} answered 503, {outboxes.Sum(o => o.TimeoutCount)} timed out; " +
                    $"screen joins: {string.Join(", ", screens.Select(screen => screen.Joins))}");
            }
            finally
            {
                foreach (var screen in screens)
                {
                    await screen.DisposeAsync();
                }
            }
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private static string MilestonePath(string editionId, string milestoneId) =>
        $"/api/editions/{editionId}/missions/alpha/milestones/{milestoneId}";
}
