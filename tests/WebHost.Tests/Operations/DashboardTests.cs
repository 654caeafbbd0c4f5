using System.Net;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

[Collection(OperationsCollection.Name)]
public sealed class DashboardTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task Dashboard_OpensForTheAdmin_AndRefusesAViewer()
    {
        using var admin = Server.Client();
        var viewer = await ViewerTokens.OfNewEdition(admin, "dashboard");
        using var asViewer = Server.Client(viewer);
        using var anonymous = Server.Client(token: null);

        var page = await admin.GetAsync("/dashboard/");
        var refused = await asViewer.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/dashboard/")).StatusCode);
    }
}
