using Orchestrator.WebHost.Realtime;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// An edition's screens are spread over <see cref="LiveGroups.Slices"/> SignalR groups, sent to one slice
/// after another: every screen, in whichever slice, still hears every event once and in order.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class LiveSlicesTests(LiveServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task ManyScreens_InSeveralSlices_EachHearsEveryChangeOnce_InOrder()
    {
        using var admin = Server.Client();
        var (editionId, mission) = await admin.CreateEditionWithMission("drenche");
        var leadToken = (string)mission["leadToken"]!;
        var screens = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => LiveScreen.Connect(Server, i % 8 == 0 ? leadToken : OrchestratorServer.AdminToken)));
        try
        {
            var joined = await Task.WhenAll(screens.Select(async s => (await s.JoinEdition(editionId)).GetProperty("version").GetInt64()));
            var slices = screens.Select(s => LiveGroups.Slice(LiveGroups.Edition(editionId), s.Connection.ConnectionId!)).Distinct().Count();
            Assert.True(slices > 1, "40 screens should fall in more than one slice.");

            using var lead = Server.Client(leadToken);
            var versions = new List<long>();
            foreach (var (milestone, status) in new[] { ("framing", "in-progress"), ("framing", "done"), ("diagnosis", "in-progress"), ("diagnosis", "done"), ("ideas", "in-progress") })
            {
                versions.Add((long)(await lead.SetMilestone(editionId, "drenche", milestone, status))["editionVersion"]!);
            }

            var heard = await Task.WhenAll(screens.Select(s => s.Until(versions[^1])));
            Assert.All(heard.Zip(joined), pair =>
            {
                var changes = pair.First.Where(e => e.Name == "MissionChanged").Select(e => e.Version).ToList();
                Assert.Equal(versions.Where(v => v > pair.Second), changes);
            });
        }
        finally
        {
            foreach (var screen in screens)
            {
                await screen.DisposeAsync();
            }
        }
    }
}
