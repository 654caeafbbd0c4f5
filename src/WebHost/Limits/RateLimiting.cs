using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Limits;

/// <summary>
/// ASP.NET Core's rate limiter, partitioned by caller: the token id once authenticated (so one phone
/// stuck in a retry loop cannot crowd out the others), the remote address otherwise. Reads are not
/// limited for tokens, nor anything outside <c>/api</c>; a refusal is 429 with Retry-After and problem+json.
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddOrchestratorRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            o.OnRejected = Reject;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // Pages, health and the live hub: a display token is shared by many screens at once.
            return RateLimitPartition.GetNoLimiter("not-api");
        }

        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
        var tokenId = http.User.FindFirst(Caller.TokenIdClaim)?.Value;
        if (tokenId is null)
        {
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return PerMinute($"address:{address}", options.AnonymousPerMinute);
        }

        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("reads");
        }

        var isAdmin = http.User.FindFirst(Caller.RoleClaim)?.Value == nameof(CallerRole.Admin);
        return PerMinute($"token:{tokenId}", isAdmin ? options.AdminChangesPerMinute : options.ChangesPerMinute);
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Too many changes from this link; try again in {seconds} seconds.",
            },
        });
    }
}
