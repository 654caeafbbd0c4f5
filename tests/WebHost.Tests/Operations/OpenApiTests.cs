using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

[Collection(OperationsCollection.Name)]
public sealed partial class OpenApiTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task OpenApiDocument_ListsEveryApiRoute_WithProblemAnswers()
    {
        using var anonymous = Server.Client(token: null);
        var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["paths"]!.AsObject();

        var routes = ApiRoutes();
        Assert.True(routes.Count >= 25, $"Only {routes.Count} /api routes found in the app.");
        var missing = routes
            .Where(r => paths[r.Path]?[r.Method.ToLowerInvariant()] is null)
            .Select(r => $"{r.Method} {r.Path}")
            .ToList();
        Assert.True(missing.Count == 0, "Not in /openapi/v1.json: " + string.Join(", ", missing));

        var createEdition = paths["/api/editions"]!["post"]!;
        Assert.NotNull(createEdition["requestBody"]);
        Assert.NotNull(createEdition["responses"]!["403"]!["content"]!["application/problem+json"]);
    }

    [Fact]
    public async Task ApiReference_IsServed()
    {
        using var anonymous = Server.Client(token: null);
        var page = await anonymous.GetStringAsync("/scalar/v1");
        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
    }

    /// <summary>Every (method, path) the app serves under /api, paths written as OpenAPI writes them.</summary>
    private List<(string Method, string Path)> ApiRoutes() =>
        Server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, OpenApiPath(e.RoutePattern.RawText!))))
            .Distinct()
            .ToList();

    private static string OpenApiPath(string pattern)
    {
        var path = Constraint().Replace(pattern, "}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"(:[^}]*|\?)\}")]
    private static partial Regex Constraint();
}
