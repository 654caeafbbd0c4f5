using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.WebHost.Api;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Errors;

namespace Orchestrator.WebHost.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on every changing <c>/api</c> route: the first request runs and its answer is
/// recorded (per caller and key); a retry gets that answer again, also after a restart; copies arriving
/// while the first runs wait for its answer. The same key with a different request is refused (422).
/// Answers that carried a token are not kept: their replay is a 409 saying so. Failures (5xx, 401, 403,
/// 429) are not recorded, so a retry runs again. A mission route's answer names volunteers, a respondent's holds
/// their answer: it is listed with the mission or the respondent (<see cref="AnswerLists"/>) before it is recorded,
/// so an erasure purges it; past that list's bound it is not recorded (the grain's ledger still applies a retry once).
/// <para>
/// Mission grains keep a ledger of their own, fed the same key (<see cref="IdempotencyKey.Ledger"/>), and both
/// are needed: this record replays the very HTTP answer on every route without reaching a grain, but it is
/// written after the change, so a crash between the grain's write and this record would let the retry apply
/// the change twice; the grain's ledger is stored atomically with the change, so that retry still applies once.
/// </para>
/// </summary>
internal sealed partial class IdempotencyMiddleware(
    RequestDelegate next, IGrainFactory grains, IProblemDetailsService problems, ILogger<IdempotencyMiddleware> logger)
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method)
            || !http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || http.User.Identity?.IsAuthenticated != true
            || http.GetEndpoint()?.Metadata.GetMetadata<NotReplayed>() is not null)
        {
            await next(http);
            return;
        }

        if (!IdempotencyKey.TryRead(http, out var key, out var refusal))
        {
            await Problem(http, StatusCodes.Status400BadRequest, "Invalid Idempotency-Key", refusal);
            return;
        }

        if (key is null)
        {
            await next(http);
            return;
        }

        var requestKey = Hash($"{key.Caller}\n{key.Key}");
        var request = grains.GetGrain<IIdempotentRequestGrain>(requestKey);
        // Begin and Complete are repeated through a silo leaving or lost: a Begin that ran left its running
        // marker in memory on the activation that is gone, and Complete only stores the same answer again.
        var fingerprint = await Fingerprint(http.Request);
        var decision = await TransientRetry.Run(() => request.Begin(fingerprint), http.RequestAborted);
        switch (decision.Outcome)
        {
            case RequestOutcome.Replay:
                await Replay(http, decision.Response!);
                return;
            case RequestOutcome.InProgress:
                var answer = await request.WaitForResponse();
                if (answer is null)
                {
                    await Problem(http, StatusCodes.Status409Conflict, "Still in progress", "A request with this Idempotency-Key is still being processed. Retry in a moment.");
                }
                else
                {
                    await Replay(http, answer);
                }

                return;
            case RequestOutcome.Mismatch:
                await Problem(http, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused", "This Idempotency-Key was already used for a different request. Use a new key for a new change.");
                return;
        }

        await RunAndRecord(http, request, requestKey);
    }

    private async Task RunAndRecord(HttpContext http, IIdempotentRequestGrain request, string requestKey)
    {
        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        catch (Exception failure)
        {
            http.Response.Body = original;
            try
            {
                await request.Abandon();
            }
            catch (Exception) when (TransientFailure.Is(failure))
            {
                // The request grain's silo is gone with its running marker: the original failure tells
                // the client to send it again (503), which runs it afresh.
            }

            throw;
        }

        http.Response.Body = original;
        buffer.Position = 0;
        var status = http.Response.StatusCode;
        if (status >= 500 || status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests
            || !await ListedWithThoseItNames(http, status, requestKey))
        {
            await request.Abandon();
        }
        else
        {
            var withheld = http.GetEndpoint()?.Metadata.GetMetadata<SecretInAnswer>() is not null && status < 300;
            var response = new RecordedResponse(status, http.Response.ContentType, withheld ? [] : buffer.ToArray(), withheld);
            await TransientRetry.Run(() => request.Complete(response), http.RequestAborted);
        }

        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    /// <summary>
    /// An answer naming a person (2xx on a mission route: the mission, names included; a respondent's own survey
    /// answer) is listed with them first, so their erasure purges it; false when that list is full.
    /// </summary>
    private async Task<bool> ListedWithThoseItNames(HttpContext http, int status, string requestKey)
    {
        if (status >= 300 || http.GetRouteValue("editionId") is not string editionId || !InputRules.IsSlug(editionId)
            || AnswerList(http, editionId) is not { } list)
        {
            return true;
        }

        try
        {
            return await grains.GetGrain<IMissionAnswersGrain>(list).Add(requestKey);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Unlisted, the answer could outlive an erasure: it is not recorded, and a retry runs again.
            LogAnswerNotListed(logger, ex, list);
            return false;
        }
    }

    private static string? AnswerList(HttpContext http, string editionId)
    {
        if (http.GetRouteValue("missionId") is string missionId)
        {
            return InputRules.IsSlug(missionId) ? AnswerLists.Mission(editionId, missionId) : null;
        }

        var caller = Caller.From(http.User);
        return caller is { Role: CallerRole.Respondent, SubjectId: { } respondentId } ? AnswerLists.Respondent(editionId, respondentId) : null;
    }

    [LoggerMessage(EventId = 4210, EventName = "IdempotentAnswerNotListed", Level = LogLevel.Warning,
        Message = "The answer of a keyed request could not be listed with the people it names ({AnswerList}); not recorded")]
    private static partial void LogAnswerNotListed(ILogger logger, Exception exception, string answerList);

    private async Task Replay(HttpContext http, RecordedResponse response)
    {
        if (response.Withheld)
        {
            await Problem(http, StatusCodes.Status409Conflict, "Already done",
                "This request was already applied. Its answer held a token, shown only once: issue a new link instead (e.g. POST …/lead-token).");
            return;
        }

        http.Response.StatusCode = response.StatusCode;
        http.Response.Headers[ReplayedHeader] = "true";
        if (response.ContentType is not null)
        {
            http.Response.ContentType = response.ContentType;
        }

        await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
    }

    private async Task Problem(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static async Task<string> Fingerprint(HttpRequest request)
    {
        request.EnableBuffering();
        var body = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return $"{request.Method} {request.Path}{request.QueryString} {Convert.ToHexStringLower(body)}";
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
