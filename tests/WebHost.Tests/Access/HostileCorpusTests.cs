using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

[Collection(ServerCollection.Name)]
public sealed class HostileCorpusTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task HostileCorpus_IsRefusedWith4xxProblemJson_AndChangesNothing()
    {
        var world = await AccessWorld.Create(Server);
        var corpus = HostileCorpus.For(world);
        var before = await Snapshots(world);

        var failures = new List<string>();
        foreach (var request in corpus)
        {
            var answer = await RawHttp.Send(Server.BaseAddress, request.Method, request.Target, request.Headers, request.Body);
            if (answer.Status is < 400 or >= 500)
            {
                failures.Add($"{request.Name}: status {answer.Status}\n{answer.Head}");
            }
            else if (answer.ContentType != "application/problem+json" && !request.RefusedByKestrel)
            {
                failures.Add($"{request.Name}: {answer.Status} with content type '{answer.ContentType}'");
            }
        }

        var after = await Snapshots(world);
        Assert.True(corpus.Count >= 300, $"Only {corpus.Count} requests in the corpus.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Count} hostile requests answered wrongly:\n{string.Join("\n", failures)}");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task MarkupInFreeText_IsAccepted_AndReturnedVerbatimAsJsonText()
    {
        var world = await AccessWorld.Create(Server);
        using var admin = Server.Client();
        const string note = "<script>alert('note')</script> & \"quotes\" </textarea>";
        const string message = "<img src=x onerror=alert(1)> besoin d'aide";

        var moved = await ApiCalls.Json(await admin.PutAsJsonAsync($"{world.MissionUrl}/milestones/framing", new { status = "done", note }), 200);
        var help = await ApiCalls.Json(await admin.PostAsJsonAsync($"{world.MissionUrl}/help-requests", new { skill = "finance", message }), 201);
        var read = await ApiCalls.Json(await admin.GetAsync(world.MissionUrl), 200);

        Assert.Equal(note, (string?)moved["milestones"]![0]!["note"]);
        Assert.Equal(message, (string?)help["message"]);
        Assert.Equal(note, (string?)read["milestones"]![0]!["note"]);
        Assert.Equal(message, (string?)read["helpRequests"]!.AsArray().Single(h => (string?)h!["id"] == (string?)help["id"])!["message"]);
    }

    private async Task<string[]> Snapshots(AccessWorld world)
    {
        using var admin = Server.Client();
        return
        [
            await admin.GetStringAsync($"/api/editions/{world.EditionId}"),
            await admin.GetStringAsync(world.MissionUrl),
            await admin.GetStringAsync($"/api/editions/{world.EditionId}/missions/{world.OtherMissionId}"),
            await admin.GetStringAsync($"/api/editions/{world.EditionId}/results"),
            await admin.GetStringAsync($"/api/editions/{world.OtherEditionId}"),
        ];
    }
}
