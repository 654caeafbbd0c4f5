using Orchestrator.WebHost.Demo;
using Orchestrator.WebHost.Tests.Infrastructure;
using Orchestrator.WebHost.Tests.Live;

namespace Orchestrator.WebHost.Tests.Demo;

public sealed class DemoReplayTests
{
    [Fact]
    public async Task DemoReplay_AtHighSpeed_MilestonesMoveHelpIsAskedAndTheQuietTeamGoesStale()
    {
        using var store = new SharedStore("replay", new Dictionary<string, string?>
        {
            ["Orchestrator:Demo:Replay"] = "true",
            // One step (5 event minutes) every 500 ms: the day lasts about a minute, well past the join.
            ["Orchestrator:Demo:Speed"] = "600",
            ["Orchestrator:Health:StaleAfter"] = "00:00:10",
            ["Orchestrator:Health:ReviewEvery"] = "00:00:00.500",
        });
        await using var server = store.StartHost();
        await using var screen = await LiveScreen.Connect(server);
        var snapshot = await screen.JoinEdition(Factory2018.EditionId);
        var missionsAtJoin = snapshot.GetProperty("missions").EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("version").GetInt64());

        // A health review's MissionChanged keeps the mission's version; a team lead's change (the replay's) raises it.
        var seen = new List<LiveEvent>();
        var moved = await screen.UntilEvent(e => e.Name == "MissionChanged"
            && e.Payload.GetProperty("mission") is var m
            && m.GetProperty("version").GetInt64() > missionsAtJoin[m.GetProperty("id").GetString()!]);
        Assert.NotEqual(DemoScript.QuietMissionId, moved[^1].Payload.GetProperty("mission").GetProperty("id").GetString());
        seen.AddRange(moved);

        seen.AddRange(await screen.UntilEvent(e => e.Name == "HelpRequested"));

        // The quiet team goes stale StaleAfter after the load: before the join on a slow machine (then the
        // snapshot says so), or after it (then an event does, possibly while the waits above read on).
        static bool QuietGoesStale(LiveEvent e) => e.Name == "MissionChanged"
            && e.Payload.GetProperty("mission").GetProperty("id").GetString() == DemoScript.QuietMissionId
            && e.Payload.GetProperty("mission").GetProperty("health").GetString() == "stale";
        var quietAtJoin = snapshot.GetProperty("missions").EnumerateArray().Single(m => m.GetProperty("id").GetString() == DemoScript.QuietMissionId);
        if (quietAtJoin.GetProperty("health").GetString() != "stale" && !seen.Exists(QuietGoesStale))
        {
            var stale = await screen.UntilEvent(QuietGoesStale);
            Assert.Equal("stale", stale[^1].Payload.GetProperty("mission").GetProperty("health").GetString());
        }

        using var admin = server.Client();
        var edition = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{Factory2018.EditionId}"), 200);
        Assert.Equal("stale", (string?)edition["missions"]!.AsArray().Single(m => (string?)m!["id"] == DemoScript.QuietMissionId)!["health"]);
    }

    [Fact]
    public void DemoScript_BlocksATeamAsksForHelpAndNeverMovesTheQuietTeam()
    {
        var day = Enumerable.Range(0, 400).Select(DemoScript.Step).ToList();

        Assert.Contains(day, s => s.Action == DemoAction.Block);
        Assert.Contains(day, s => s.Action == DemoAction.Unblock);
        Assert.Contains(day, s => s.Action == DemoAction.AskHelp && s.Skill is not null && s.Text is not null);
        Assert.DoesNotContain(day, s => s.MissionId == DemoScript.QuietMissionId);
        Assert.Equal(Factory2018.Missions.Count - 1, day.Where(s => s.Action == DemoAction.Advance).Select(s => s.MissionId).Distinct().Count());
    }
}
