using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Orchestrator.Grains.Interfaces;
using Orleans.Storage;

namespace Orchestrator.WebHost.Errors;

/// <summary>
/// Turns the exceptions a request can legitimately end in into problem+json: a broken body (400, 413,
/// 415), a domain rule (404, 409, 400), a write refused because the stored state moved on (409: the
/// grain has reloaded, so a retry works), a transient failure (a silo gone, the store unreachable:
/// 503 with <c>Retry-After</c>, nothing decided, so the client sends it again). Anything else stays a
/// 500 and is logged by the framework.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", BadRequestDetail(bad)),
            DomainRuleException rule => rule.Kind switch
            {
                DomainRuleKind.NotFound => (StatusCodes.Status404NotFound, "Not found", rule.Message),
                DomainRuleKind.Conflict => (StatusCodes.Status409Conflict, "Conflict", rule.Message),
                _ => (StatusCodes.Status400BadRequest, "Invalid request", rule.Message),
            },
            InconsistentStateException or { InnerException: InconsistentStateException } =>
                (StatusCodes.Status409Conflict, "Changed elsewhere", "Someone else changed this at the same moment; nothing of yours was saved. Send it again."),
            _ when TransientFailure.Is(exception) =>
                (StatusCodes.Status503ServiceUnavailable, "Try again", "The cluster is recovering from a failure; send this again in a few seconds."),
            _ => (0, "", ""),
        };
        if (status == 0)
        {
            return false;
        }

        http.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = ((int)TransientFailure.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static string BadRequestDetail(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ when bad.InnerException is System.Text.Json.JsonException json => $"The body is not valid JSON for this route: {json.Message}",
        _ => bad.Message,
    };
}
