using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// One lead updating its mission's "framing" milestone, one keyed request after another, each with a
/// note of its own; it keeps every answer so a test can check all succeeded and the store holds the last.
/// Given an <see cref="OutageClient"/>, it sends each update as the lead's outbox does instead: again,
/// with the same key, after a 503 or a timeout, until it is acknowledged.
/// </summary>
public sealed class LeadUpdates(HttpClient client, string editionId, string missionId, OutageClient? outbox = null)
{
    /// <summary>How long the outbox keeps sending one update before the test fails.</summary>
    private static readonly TimeSpan OutboxPatience = TimeSpan.FromSeconds(90);

    private readonly List<(HttpStatusCode Status, string Body)> _answers = [];
    private readonly List<(long Version, string Note)> _acknowledged = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiting = [];
    private readonly Lock _gate = new();
    private int _updates;

    public string MissionId => missionId;

    private string Path => $"/api/editions/{editionId}/missions/{missionId}/milestones/framing";

    public async Task Update()
    {
        var note = $"update {_updates}";
        var body = new { status = _updates++ % 2 == 0 ? "in-progress" : "done", note };
        if (outbox is not null)
        {
            Acknowledge((long)(await outbox.PutUntilAccepted(Path, body, OutboxPatience))["version"]!, note);
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Put, Path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        lock (_gate)
        {
            _answers.Add((response.StatusCode, text));
        }

        if (response.StatusCode == HttpStatusCode.OK)
        {
            Acknowledge((long)JsonNode.Parse(text)!["version"]!, note);
        }
    }

    /// <summary>Completes once <paramref name="count"/> updates of this lead have been acknowledged.</summary>
    public Task Acknowledged(int count)
    {
        lock (_gate)
        {
            if (_acknowledged.Count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((count, reached));
            return reached.Task;
        }
    }

    /// <summary>Updates acknowledged so far.</summary>
    public int AcknowledgedCount
    {
        get
        {
            lock (_gate)
            {
                return _acknowledged.Count;
            }
        }
    }

    /// <summary>
    /// Waits until every lead has <paramref name="counts"/> acknowledged updates. A lead that stopped (its
    /// outbox got an answer other than 200 or 503) fails the wait at once with its own error, and a wait
    /// that runs out says where each lead is and what it heard last.
    /// </summary>
    public static async Task UntilAcknowledged(IReadOnlyList<LeadUpdates> leads, Func<int, int> counts, IReadOnlyList<Task> updating, TimeSpan within)
    {
        var reached = Task.WhenAll(leads.Select((lead, i) => lead.Acknowledged(counts(i))));
        using var outOfTime = new CancellationTokenSource();
        var first = await Task.WhenAny(reached, Task.WhenAny(updating), Task.Delay(within, outOfTime.Token));
        await outOfTime.CancelAsync();
        if (first == reached)
        {
            await reached;
            return;
        }

        var state = string.Join(Environment.NewLine, leads.Select(lead => lead.Describe()));
        if (updating.FirstOrDefault(task => task.IsCompleted) is { } stopped)
        {
            try
            {
                await stopped;
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"A lead stopped before its updates were acknowledged:{Environment.NewLine}{state}", ex);
            }
        }

        throw new TimeoutException($"Not every lead was acknowledged within {within}:{Environment.NewLine}{state}");
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

    private void Acknowledge(long version, string note)
    {
        lock (_gate)
        {
            _acknowledged.Add((version, note));
            foreach (var waiter in _waiting.Where(w => w.Count <= _acknowledged.Count).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiting.Remove(waiter);
            }
        }
    }

    /// <summary>Where this lead is: for a test's failure message when it stopped getting answers.</summary>
    public string Describe()
    {
        var last = outbox?.LastAnswer(Path);
        lock (_gate)
        {
            last ??= _answers.Count == 0 ? "nothing sent yet" : $"{(int)_answers[^1].Status}: {_answers[^1].Body}";
            return $"{missionId}: {_acknowledged.Count} acknowledged of {_updates} sent; last answer {last}";
        }
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
