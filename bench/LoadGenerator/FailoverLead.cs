using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// One team lead of the failover run, with its own lead token, moving its mission's "framing" milestone
/// one update at a time, each with a note of its own. An update is sent again with the same
/// Idempotency-Key, as the lead's outbox does, after a 503, a 429, a 5xx, a refused connection or a
/// timeout, until it is acknowledged; but every <see cref="RetryEvery"/> rather than the outbox's 5 s,
/// so the run sees when the mission became writable again, not when a phone would next have tried.
/// </summary>
internal sealed class FailoverLead(HttpClient http, string editionId, string missionId, string token)
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(200);

    private readonly List<Acknowledgement> _acknowledged = [];
    private int _updates;

    public string MissionId => missionId;

    public IReadOnlyList<Acknowledgement> Acknowledged => _acknowledged;

    /// <summary>503 answers (the cluster is recovering; the server says when to try again).</summary>
    public int Unavailable { get; private set; }

    /// <summary>5xx answers other than 503: a server error, which must never happen.</summary>
    public int ServerErrors { get; private set; }

    /// <summary>No answer within the HTTP client's timeout, or the connection failed.</summary>
    public int NoAnswer { get; private set; }

    /// <summary>4xx answers, which drop the update as the outbox does (429 excepted).</summary>
    public int Refused { get; private set; }

    /// <summary>The first answer other than 200, or the first failure to get one.</summary>
    public string? FirstProblem { get; private set; }

    public string LastNote => _acknowledged[^1].Note;

    /// <summary>Sends the next update until it is acknowledged (or refused, or <paramref name="giveUp"/>).</summary>
    public async Task Update(CancellationToken giveUp)
    {
        var note = $"update {_updates}";
        var status = _updates++ % 2 == 0 ? "in-progress" : "todo";
        var key = Guid.NewGuid().ToString("n");
        var firstSent = Stopwatch.GetTimestamp();
        while (!giveUp.IsCancellationRequested)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/editions/{editionId}/missions/{missionId}/milestones/framing")
            {
                Content = JsonContent.Create(new { status, note }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Idempotency-Key", key);
            try
            {
                using var response = await http.SendAsync(request, giveUp);
                var body = await response.Content.ReadAsStringAsync(giveUp);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    _acknowledged.Add(new Acknowledgement((long)JsonNode.Parse(body)!["version"]!, note, firstSent, Stopwatch.GetTimestamp()));
                    return;
                }

                if (!Retried(response.StatusCode, body))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !giveUp.IsCancellationRequested))
            {
                NoAnswer++;
                FirstProblem ??= ex.Message;
            }

            await Task.Delay(RetryEvery, CancellationToken.None);
        }
    }

    private bool Retried(HttpStatusCode status, string body)
    {
        FirstProblem ??= $"{(int)status}: {body}";
        if (status == HttpStatusCode.ServiceUnavailable)
        {
            Unavailable++;
            return true;
        }

        if ((int)status >= 500)
        {
            ServerErrors++;
            return true;
        }

        if (status == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        Refused++;
        return false;
    }
}
