using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// Calls the API through a failure as the pages and the lead's outbox do (a change keeps its
/// Idempotency-Key and is sent again after a 503's <c>Retry-After</c> or a timeout), and keeps every
/// answer so a test can check that none was a 500.
/// </summary>
public sealed class OutageClient(HttpClient client)
{
    private readonly ConcurrentQueue<(HttpStatusCode Status, bool RetryAfter, string Body)> _answers = new();
    private readonly TaskCompletionSource _firstUnavailable = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, string> _lastByPath = new(StringComparer.Ordinal);

    private int _timeouts;

    public int AnswerCount => _answers.Count;

    /// <summary>Requests that got no answer within the HTTP client's timeout (and were sent again).</summary>
    public int TimeoutCount => Volatile.Read(ref _timeouts);

    public int UnavailableCount => _answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable);

    /// <summary>What the last request to <paramref name="path"/> got, and when: for a test's failure message.</summary>
    public string LastAnswer(string path) => _lastByPath.TryGetValue(path, out var last) ? last : "nothing sent yet";

    /// <summary>Completes with the first 503 answer.</summary>
    public Task FirstUnavailable => _firstUnavailable.Task;

    public async Task<JsonNode> PutUntilAccepted(string path, object body, TimeSpan within)
    {
        var key = Guid.NewGuid().ToString("n");
        var started = Stopwatch.StartNew();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request);
            }
            catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException && started.Elapsed < within)
            {
                // No answer in time: the change may or may not have landed, the same key applies it once.
                Interlocked.Increment(ref _timeouts);
                _lastByPath[path] = $"no answer in time at {DateTimeOffset.UtcNow:HH:mm:ss.fff}, {started.Elapsed} after the first try";
                continue;
            }

            using var answered = response;
            var text = await Record(response);
            _lastByPath[path] = $"{(int)response.StatusCode} at {DateTimeOffset.UtcNow:HH:mm:ss.fff}, {started.Elapsed} after the first try: {text}";
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return JsonNode.Parse(text)!;
            }

            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable && started.Elapsed < within, $"{(int)response.StatusCode} after {started.Elapsed}: {text}");
            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Reads <paramref name="path"/> again and again (a screen's page, a desk) until stopped.</summary>
    public async Task ReadUntil(string path, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                using var response = await client.GetAsync(path, stop);
                await Record(response);
                await Task.Delay(TimeSpan.FromMilliseconds(100), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Every answer was a success or a 503 with Retry-After: never a 500.</summary>
    public void AssertNoServerError() =>
        Assert.All(_answers, a => Assert.True(
            (int)a.Status < 500 || (a.Status == HttpStatusCode.ServiceUnavailable && a.RetryAfter),
            $"{(int)a.Status} (Retry-After: {a.RetryAfter}): {a.Body}"));

    private async Task<string> Record(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        _answers.Enqueue((response.StatusCode, response.Headers.RetryAfter is not null, text));
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            _firstUnavailable.TrySetResult();
        }

        return text;
    }
}
