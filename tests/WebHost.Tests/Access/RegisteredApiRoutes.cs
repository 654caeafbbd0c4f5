using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>The REST routes a running app registers under <c>/api</c>, each as <c>METHOD /pattern</c>.</summary>
public static partial class RegisteredApiRoutes
{
    public static IReadOnlySet<string> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => (Pattern: Normalize(endpoint.RoutePattern.RawText ?? ""), Methods: endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]))
            .Where(route => route.Pattern == "/api" || route.Pattern.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(route => route.Methods.Select(method => $"{method} {route.Pattern}"))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A leading slash, no trailing one (a group's <c>MapPost("/")</c> ends in one) and parameters by name
    /// only: a constraint added to a route does not make it another route.
    /// </summary>
    public static string Normalize(string pattern) =>
        "/" + Parameter().Replace(pattern.Trim('/'), "{$1}");

    [GeneratedRegex(@"\{\**([^}:=?]+)[^}]*\}")]
    private static partial Regex Parameter();
}
