using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Orchestrator.WebHost.Operations;

/// <summary>Ready answers a small JSON status, or a problem+json naming each check that failed.</summary>
internal static class HealthResponses
{
    public const string ReadyTag = "ready";

    public static HealthCheckOptions Live() => new() { Predicate = _ => false };

    public static HealthCheckOptions Ready() => new()
    {
        Predicate = check => check.Tags.Contains(ReadyTag),
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteReady,
    };

    private static Task WriteReady(HttpContext http, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description });
        if (report.Status == HealthStatus.Healthy)
        {
            return http.Response.WriteAsJsonAsync(new { status = "ready", checks });
        }

        var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Description}");
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Not ready",
            Detail = string.Join(" ", failing),
            Extensions = { ["checks"] = checks },
        };
        return http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
    }
}
