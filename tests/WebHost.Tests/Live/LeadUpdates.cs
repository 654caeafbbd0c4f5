using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// One lead updating its mission's "framing" milestone, one keyed request after another, each with a
/// note of its own; it keeps every answer so a test can check all succeeded and the store holds the last.
/// </summary>
public sealed class LeadUpdates(HttpClient client, string editionId, string missionId)
{
    private readonly List<(HttpStatusCode Status, string Body)> _answers = [];
    private readonly List<(long Version, string Note)> _acknowledged = [];

    public string MissionId => missionId;

    public async Task Update()
    {
        var note = $"update {_answers.Count}";
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/editions/{editionId}/missions/{missionId}/milestones/framing")
        {
            Content = JsonContent.Create(new { status = _answers.Count % 2 == 0 ? "in-progress" : "done", note }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        _answers.Add((response.StatusCode, body));
        if (response.StatusCode == HttpStatusCode.OK)
        {
            _acknowledged.Add(((long)JsonNode.Parse(body)!["version"]!, note));
        }
    }

    /// <summary>Updates until <paramref name="stop"/> completes, then twice more (on the cluster as it is after).</summary>
    public async Task UpdateUntil(Task stop)
    {
        while (!stop.IsCompleted)
        {
            await Update();
        }

        await Update();
        await Update();
    }

    public void AssertEveryAnswerSucceeded() =>
        Assert.All(_answers, a => Assert.True(a.Status == HttpStatusCode.OK, $"{missionId}: {(int)a.Status} {a.Body}"));

    /// <summary>Each acknowledged update raised the version by one, and the stored mission is the last of them.</summary>
    public void AssertStored(JsonNode stored)
    {
        var versions = _acknowledged.Select(a => a.Version).ToList();
        Assert.Equal(Enumerable.Range((int)versions[0], versions.Count).Select(v => (long)v), versions);
        Assert.Equal(versions[^1], (long)stored["version"]!);
        var framing = stored["milestones"]!.AsArray().Single(m => (string)m!["id"]! == "framing")!;
        Assert.Equal(_acknowledged[^1].Note, (string)framing["note"]!);
    }
}
