using System.Net;
using System.Net.Http.Headers;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

[Collection(ServerCollection.Name)]
public sealed class RoleRouteMatrixTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    /// <summary>
    /// Every route × every role: no token → 401, outside the role → 403 (problem+json), inside → 2xx.
    /// One pass, one report listing every cell that disagrees.
    /// </summary>
    [Fact]
    public async Task EveryRoute_ForEveryRole_AnswersAsTheRoleAllows()
    {
        var world = await AccessWorld.Create(Server);
        using var client = Server.Client(token: null);
        var failures = new List<string>();
        var cells = 0;
        foreach (var route in RouteCatalog.For(world))
        {
            foreach (var role in Enum.GetValues<AccessRoleKind>())
            {
                cells++;
                using var request = route.Request(ApiCalls.NewId("matrix"));
                if (RoleTokens.For(world, role) is { } token)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var expected = role == AccessRoleKind.Anonymous ? "401" : route.Allowed.Contains(role) ? "2xx" : "403";
                var ok = expected switch
                {
                    "401" => status == 401,
                    "403" => status == 403 && response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                    _ => status is >= 200 and < 300,
                };
                if (!ok)
                {
                    failures.Add($"{route.Name} as {role}: expected {expected}, got {status} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cells} cells wrong:\n{string.Join("\n", failures)}");
    }

    /// <summary>Pins the bug where a body was validated before the caller's rights: a viewer sending a bad body got 400, not 403.</summary>
    [Fact]
    public async Task RefusedRole_Gets403_EvenWithAnInvalidBody_BodyCheckedBeforeRightsBug()
    {
        var world = await AccessWorld.Create(Server);
        using var viewer = Server.Client(world.ViewerToken);
        using var otherLead = Server.Client(world.OtherLeadToken);

        var mission = await viewer.SendAsync(RouteCatalog.Post($"/api/editions/{world.EditionId}/missions", new { id = "NOT A SLUG" }));
        var announce = await viewer.SendAsync(RouteCatalog.Post($"/api/editions/{world.EditionId}/announcements", new { message = "" }));
        var member = await otherLead.SendAsync(RouteCatalog.Post($"{world.MissionUrl}/members", new { name = "" }));

        Assert.Equal(HttpStatusCode.Forbidden, mission.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, announce.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
    }
}
