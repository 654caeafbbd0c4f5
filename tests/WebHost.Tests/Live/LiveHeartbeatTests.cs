using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>A screen that missed an event learns it from the heartbeat, with nothing else changing in the edition.</summary>
public sealed class LiveHeartbeatTests
{
    [Fact]
    public async Task EventLostInTransit_QuietEdition_HeartbeatTellsTheScreenToResync()
    {
        DroppingLiveObserver? dropper = null;
        await using var server = OrchestratorServer.Start(
            new Dictionary<string, string?> { ["Orchestrator:Live:HeartbeatEvery"] = "00:00:00.500" },
            services =>
            {
                var original = services.Last(d => d.ServiceType == typeof(ILiveObserver));
                services.Remove(original);
                services.AddSingleton<ILiveObserver>(sp => dropper = new DroppingLiveObserver((ILiveObserver)original.ImplementationFactory!(sp)));
            });
        using var admin = server.Client();
        var (editionId, mission) = await admin.CreateEditionWithMission("alpha");
        await using var screen = await LiveScreen.Connect(server);
        var joined = (await screen.JoinEdition(editionId)).GetProperty("version").GetInt64();

        // A team lead's page watches the edition from a group of its own: it hears the beat too.
        await using var lead = await LiveScreen.Connect(server, (string)mission["leadToken"]!);
        await lead.JoinEdition(editionId);
        Assert.NotNull(dropper);

        dropper.DropNext(editionId);
        var change = await admin.SetMilestone(editionId, "alpha", "framing", "done");
        var lost = (long)change["editionVersion"]!;
        var dropped = await dropper.Dropped.Task.WaitAsync(LiveScreen.Timeout);
        Assert.All(dropped, e => Assert.Equal(lost, e.Version));

        // Nothing else happens in the edition: only the heartbeat says the screen is behind.
        var beat = await screen.HeartbeatAtLeast(lost);
        Assert.Equal(lost, beat);
        Assert.Equal(lost, await lead.HeartbeatAtLeast(lost));
        Assert.DoesNotContain(screen.Received(), e => e.Version > joined);
        Assert.DoesNotContain(lead.Received(), e => e.Version > joined);

        var resynced = await screen.JoinEdition(editionId);
        Assert.Equal(lost, resynced.GetProperty("version").GetInt64());
        var alpha = resynced.GetProperty("missions").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "alpha");
        Assert.Equal((long)change["version"]!, alpha.GetProperty("version").GetInt64());
    }
}
