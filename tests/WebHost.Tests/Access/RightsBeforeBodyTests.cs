using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>Rights come before the body: a caller who may not use a route learns that (403), whatever it sent.</summary>
[Collection(ServerCollection.Name)]
public sealed class RightsBeforeBodyTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task RefusedRole_MalformedJson_Gets403_OnEveryBodyRoute()
    {
        var world = await AccessWorld.Create(Server);
        using var client = Server.Client(token: null);
        var failures = new List<string>();
        var cells = 0;
        foreach (var route in RouteCatalog.For(world).Where(r => HasJsonBody(r.Request("x"))))
        {
            foreach (var role in Enum.GetValues<AccessRoleKind>().Where(r => r != AccessRoleKind.Anonymous))
            {
                cells++;
                var refused = !route.Allowed.Contains(role);
                using var request = WithMalformedBody(route.Request(ApiCalls.NewId("rights")), RoleTokens.For(world, role)!);
                using var response = await client.SendAsync(request);
                var expected = refused ? HttpStatusCode.Forbidden : HttpStatusCode.BadRequest;
                if (response.StatusCode != expected || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{route.Name} as {role}: expected {(int)expected} problem+json, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(cells >= 40, $"Only {cells} cells: the catalogue lost its body routes.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cells} cells wrong:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public async Task Viewer_MalformedJson_OnAdminOnlyRoute_Gets403WithTheRoutesOwnDetail()
    {
        var world = await AccessWorld.Create(Server);
        using var viewer = Server.Client(world.ViewerToken);

        using var response = await viewer.PostAsync($"/api/editions/{world.EditionId}/missions", new StringContent("{", Encoding.UTF8, "application/json"));
        var problem = await ApiCalls.Json(response, 403);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Only the admin creates missions.", (string?)problem["detail"]);
    }

    [Fact]
    public async Task RefusedLead_InvalidIdempotencyKey_Gets403_NotTheKeysRefusal()
    {
        var world = await AccessWorld.Create(Server);
        using var otherLead = Server.Client(world.OtherLeadToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{world.MissionUrl}/members")
        {
            Content = new StringContent("{", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 129));

        using var response = await otherLead.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static bool HasJsonBody(HttpRequestMessage request) => request.Content?.Headers.ContentType?.MediaType == "application/json";

    private static HttpRequestMessage WithMalformedBody(HttpRequestMessage request, string token)
    {
        request.Content = new StringContent("{", Encoding.UTF8, "application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
