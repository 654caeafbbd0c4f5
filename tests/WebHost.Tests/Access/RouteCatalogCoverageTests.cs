using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>
/// The role matrix only proves what its catalogue lists: these hold the catalogue against the routes the
/// running app registers under <c>/api</c>, so a new route the matrix forgets fails here by name.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class RouteCatalogCoverageTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task RouteCatalog_ListsEveryRegisteredApiRoute()
    {
        var registered = RegisteredApiRoutes.Of(Server.Services);
        var catalogued = await CataloguedRoutes();

        var missing = registered.Except(catalogued).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(registered);
        Assert.True(
            missing.Count == 0,
            $"{missing.Count} registered /api route(s) have no entry in {nameof(RouteCatalog)} (add each with a valid request and the roles allowed):\n{string.Join("\n", missing)}");
    }

    [Fact]
    public async Task RouteCatalog_NamesOnlyRoutesTheAppRegisters()
    {
        var registered = RegisteredApiRoutes.Of(Server.Services);
        var catalogued = await CataloguedRoutes();

        var unknown = catalogued.Except(registered).Order(StringComparer.Ordinal).ToList();

        Assert.True(
            unknown.Count == 0,
            $"{unknown.Count} {nameof(RouteCatalog)} entr(y/ies) match no registered route (fix the method or pattern):\n{string.Join("\n", unknown)}\nRegistered:\n{string.Join("\n", registered.Order(StringComparer.Ordinal))}");
    }

    [Fact]
    public void RegisteredRoute_IsComparedByParameterName_NotByConstraintOrSlash()
    {
        Assert.Equal("/api/editions", RegisteredApiRoutes.Normalize("/api/editions/"));
        Assert.Equal("/api/editions/{editionId}/days/{date}", RegisteredApiRoutes.Normalize("api/editions/{editionId:minlength(1)}/days/{date?}"));
        Assert.Equal("/api/files/{path}", RegisteredApiRoutes.Normalize("/api/files/{**path}"));
    }

    private async Task<HashSet<string>> CataloguedRoutes() =>
        RouteCatalog.For(await AccessWorld.Create(Server)).Select(route => $"{route.Method} {RegisteredApiRoutes.Normalize(route.Pattern)}").ToHashSet(StringComparer.Ordinal);
}
