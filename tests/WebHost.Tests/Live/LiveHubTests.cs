using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

[Collection(LiveCollection.Name)]
public sealed class LiveHubTests(LiveServerFixture fixture)
{
    private static readonly string[] Milestones = ["framing", "diagnosis", "ideas", "deliverable", "presentation"];

    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task JoinEdition_ThenBurstOfMilestones_EventsCarryContiguousVersions()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha", "beta", "gamma");
        await using var screen = await LiveScreen.Connect(Server);
        var snapshot = await screen.JoinEdition(editionId);
        var start = snapshot.GetProperty("version").GetInt64();
        Assert.Equal(3, snapshot.GetProperty("missions").GetArrayLength());

        // 15 changes at once, from three team leads: each is one edition version.
        var changes = new[] { "alpha", "beta", "gamma" }
            .SelectMany(m => Milestones.Select(s => admin.SetMilestone(editionId, m, s, "done")))
            .ToList();
        await Task.WhenAll(changes);
        var events = await screen.UntilEvent(e => e.Name == "EditionChanged" && e.Version == start + changes.Count);

        Assert.Equal(Enumerable.Range(1, changes.Count).Select(i => start + i), events.Select(e => e.Version).Distinct());
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Version <= p.Second.Version), "Events arrive in version order.");
        foreach (var change in events.GroupBy(e => e.Version))
        {
            Assert.Equal(["MissionChanged", "EditionChanged"], change.Select(e => e.Name));
        }

        var last = events.Last(e => e.Name == "EditionChanged").Payload.GetProperty("counters");
        Assert.Equal(15, last.GetProperty("milestonesDone").GetInt32());
    }

    [Fact]
    public async Task LoneMilestoneUpdate_ReachesScreen_GpsTrackerBatcherPitfall()
    {
        // The GPSTracker-style batcher flushed only when more messages came: a lone update sat in the queue.
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        await using var screen = await LiveScreen.Connect(Server);
        await screen.JoinEdition(editionId);

        var mission = await admin.SetMilestone(editionId, "alpha", "framing", "in-progress");
        var e = await screen.Next();

        Assert.Equal("MissionChanged", e.Name);
        Assert.Equal((long)mission["editionVersion"]!, e.Version);
        Assert.Equal("alpha", e.Payload.GetProperty("mission").GetProperty("id").GetString());
        Assert.Equal(2, e.Payload.GetProperty("mission").GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task AnnouncementAndHelpRequest_ArriveAsEvents()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        await using var screen = await LiveScreen.Connect(Server);
        var start = (await screen.JoinEdition(editionId)).GetProperty("version").GetInt64();

        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/announcements", new { message = "Restitutions dans 15 minutes" }), 202);
        var announcement = await screen.Next();
        await ApiCalls.Json(
            await admin.PostAsJsonAsync($"/api/editions/{editionId}/missions/alpha/help-requests", new { skill = "finance", message = "Un expert finance ?" }), 201);
        var help = await screen.UntilEvent(e => e.Name == "HelpRequested");

        Assert.Equal(("Announcement", start + 1), (announcement.Name, announcement.Version));
        Assert.Equal("Restitutions dans 15 minutes", announcement.Payload.GetProperty("message").GetString());
        var helpEvent = Assert.Single(help, e => e.Name == "HelpRequested");
        Assert.Equal(start + 2, helpEvent.Version);
        Assert.Equal("finance", helpEvent.Payload.GetProperty("helpRequest").GetProperty("skill").GetString());
        Assert.Contains(help, e => e.Name == "MissionChanged" && e.Version == start + 2);
    }

    [Fact]
    public async Task Gap_ClientJoinsAgain_AndEndsOnServerSnapshot()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha", "beta");
        await using var screen = await LiveScreen.Connect(Server);
        var mirror = new LiveMirror();
        mirror.Load(await screen.JoinEdition(editionId));

        // A milestone done moves the counters: MissionChanged then EditionChanged, same version.
        await admin.SetMilestone(editionId, "alpha", "framing", "done");
        var first = mirror.Version + 1;
        Assert.All(await screen.UntilEvent(e => e.Name == "EditionChanged" && e.Version == first), e => Assert.True(mirror.Apply(e)));

        // The screen loses what comes next (a bad venue network), then hears one more change.
        await admin.SetMilestone(editionId, "beta", "framing", "done");
        await screen.UntilEvent(e => e.Name == "EditionChanged" && e.Version == first + 1);
        screen.Drop();
        await admin.SetMilestone(editionId, "alpha", "diagnosis", "blocked");
        var afterGap = await screen.Until(mirror.Version + 2);

        Assert.False(afterGap.All(mirror.Apply), "The skipped version is seen as a gap.");
        mirror.Load(await screen.JoinEdition(editionId));
        var server = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200);
        Assert.Equal((long)server["version"]!, mirror.Version);
        Assert.Equal(3, mirror.MissionVersions["alpha"]);
        Assert.Equal(2, mirror.MissionVersions["beta"]);

        // And it follows on from the snapshot with no gap.
        await admin.SetMilestone(editionId, "beta", "diagnosis", "in-progress");
        Assert.All(await screen.Until(mirror.Version + 1), e => Assert.True(mirror.Apply(e)));
        Assert.Equal(3, mirror.MissionVersions["beta"]);
    }

    [Fact]
    public async Task LeftGroup_ChangesMeanwhile_JoinAgainIncludesThem()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        await using var screen = await LiveScreen.Connect(Server);
        var mirror = new LiveMirror();
        mirror.Load(await screen.JoinEdition(editionId));

        await screen.Connection.InvokeAsync("LeaveEdition", editionId).WaitAsync(LiveScreen.Timeout);
        await admin.SetMilestone(editionId, "alpha", "framing", "done");
        await admin.SetMilestone(editionId, "alpha", "diagnosis", "done");
        mirror.Load(await screen.JoinEdition(editionId));

        Assert.Equal(3, mirror.MissionVersions["alpha"]);
        var late = await admin.SetMilestone(editionId, "alpha", "ideas", "done");
        var events = await screen.Until((long)late["editionVersion"]!);
        Assert.All(events, e => Assert.True(mirror.Apply(e)));
        Assert.Equal(4, mirror.MissionVersions["alpha"]);
    }

    [Fact]
    public async Task DroppedConnection_ReconnectsAndCatchesUpByJoiningAgain()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha");
        await using var screen = await LiveScreen.Connect(Server, reconnect: true);
        var mirror = new LiveMirror();
        mirror.Load(await screen.JoinEdition(editionId));
        var reconnected = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reconnecting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        screen.Connection.Reconnecting += _ =>
        {
            reconnecting.TrySetResult();
            return Task.CompletedTask;
        };
        screen.Connection.Reconnected += async _ =>
        {
            // The protocol: after a reconnect, join again; the snapshot covers what was missed.
            try
            {
                reconnected.TrySetResult(await screen.Connection.InvokeAsync<JsonElement>("JoinEdition", editionId));
            }
            catch (Exception ex) when (ex is HubException or InvalidOperationException)
            {
                reconnected.TrySetException(ex);
            }
        };

        Assert.True(fixture.Killer.Count > 0, "The killer sees the connection.");
        fixture.Killer.AbortAll();
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        screen.Connection.Closed += ex =>
        {
            closed.TrySetResult(ex);
            return Task.CompletedTask;
        };
        var first = await Task.WhenAny(reconnecting.Task, closed.Task, Task.Delay(5000));
        Assert.True(first == reconnecting.Task, $"state {screen.Connection.State} closed {closed.Task.IsCompleted}");
        await admin.SetMilestone(editionId, "alpha", "framing", "done");
        await admin.SetMilestone(editionId, "alpha", "diagnosis", "done");
        var rejoined = await reconnected.Task.WaitAsync(LiveScreen.Timeout);
        mirror.Load(rejoined);

        // Whether the changes landed before or after the rejoin, the screen ends on the server's state.
        var last = await admin.SetMilestone(editionId, "alpha", "ideas", "done");
        var lastVersion = (long)last["editionVersion"]!;
        if (mirror.Version < lastVersion)
        {
            foreach (var e in await screen.Until(lastVersion))
            {
                Assert.True(mirror.Apply(e) || e.Version <= mirror.Version, $"Gap at {e.Version} after rejoining at {mirror.Version}.");
            }
        }

        var server = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200);
        Assert.Equal((long)server["version"]!, mirror.Version);
        Assert.Equal(4, mirror.MissionVersions["alpha"]);
        Assert.Equal(HubConnectionState.Connected, screen.Connection.State);
    }

    [Fact]
    public async Task JoinMission_TeamToken_GetsDetailAndItsMissionEvents_ButNotTheEdition()
    {
        using var admin = Server.Client();
        var editionId = await admin.CreateEditionWithMissions("alpha", "beta");
        await admin.AddMember(editionId, "alpha", "Awa", "Orange", remote: true);
        var token = await admin.IssueTeamToken(editionId, "alpha");
        await using var team = await LiveScreen.Connect(Server, token);

        await Assert.ThrowsAsync<HubException>(() => team.JoinEdition(editionId));
        await Assert.ThrowsAsync<HubException>(() => team.Connection.InvokeAsync<JsonElement>("JoinMission", editionId, "beta"));
        var detail = await team.JoinMission(editionId, "alpha");
        Assert.Equal("Awa", detail.GetProperty("members")[0].GetProperty("name").GetString());

        await admin.SetMilestone(editionId, "beta", "framing", "done");
        await admin.SetMilestone(editionId, "alpha", "framing", "done");
        var e = await team.Next();
        Assert.Equal("MissionChanged", e.Name);
        Assert.Equal("alpha", e.Payload.GetProperty("mission").GetProperty("id").GetString());
        Assert.Equal(detail.GetProperty("version").GetInt64() + 1, e.Payload.GetProperty("mission").GetProperty("version").GetInt64());
    }
}
