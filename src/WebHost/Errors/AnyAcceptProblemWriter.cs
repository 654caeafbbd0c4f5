using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Orchestrator.WebHost.Errors;

/// <summary>
/// The last of the problem writers: ASP.NET Core's own writer declines when the request's <c>Accept</c>
/// excludes JSON (a browser sends <c>text/html</c>), and the refusal then went out as <c>text/plain</c> or
/// with no body at all. Every refusal is <c>application/problem+json</c> whatever the client accepts, so
/// this one takes what the default declined and fills in the same defaults (type, title, traceId).
/// </summary>
internal sealed class AnyAcceptProblemWriter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        var status = problem.Status ?? http.Response.StatusCode;
        var defaults = TypedResults.Problem(statusCode: status).ProblemDetails;
        problem.Status = status;
        problem.Type ??= defaults.Type;
        problem.Title ??= defaults.Title;
        if (!problem.Extensions.ContainsKey("traceId"))
        {
            problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        }

        options.Value.CustomizeProblemDetails?.Invoke(context);
        // The runtime type: a validation problem keeps its "errors".
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, ContentType, http.RequestAborted));
    }
}
