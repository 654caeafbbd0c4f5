using System.Net.Http.Json;
using Orchestrator.WebHost.Hubs;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

[Collection(LiveCollection.Name)]
public sealed class ScheduleLiveTests(LiveServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task ExtendedPhase_ReachesEditionScreens_AndTeamPages_WithTheNextVersion()
    {
        using var admin = Server.Client();
        var day = await RunningDay.Create(admin);
        await admin.CreateMission(day.EditionId, "drenche");
        await using var wall = await LiveScreen.Connect(Server, await admin.IssueViewerToken(day.EditionId));
        var snapshot = await wall.JoinEdition(day.EditionId);
        await using var team = await LiveScreen.Connect(Server, await admin.IssueTeamToken(day.EditionId, "drenche"));
        await team.JoinMission(day.EditionId, "drenche");

        await ApiCalls.Json(await admin.PostAsJsonAsync($"{day.DayUrl}/phases/current/extend", new { minutes = 15 }), 200);

        var seen = await wall.UntilEvent(e => e.Name == LiveEvents.ScheduleChanged);
        var changed = seen[^1];
        Assert.Equal(snapshot.GetProperty("version").GetInt64() + 1, changed.Version);
        var schedule = changed.Payload.GetProperty("schedule");
        Assert.Equal(15, schedule.GetProperty("driftMinutes").GetInt32());
        Assert.Equal("atelier", schedule.GetProperty("currentPhase").GetProperty("id").GetString());
        var heard = await team.UntilEvent(e => e.Name == LiveEvents.ScheduleChanged);
        Assert.Equal(changed.Version, heard[^1].Version);
    }
}
