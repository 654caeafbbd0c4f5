using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

[Collection(ServerCollection.Name)]
public sealed class QrCodeTests(ServerFixture fixture)
{
    [Fact]
    public async Task QrCode_ForALeadLink_IsAnSvg()
    {
        using var admin = fixture.Server.Client();
        var response = await admin.PostAsJsonAsync("/api/qr", new { text = "https://orchestrator.example/lead/factory-2018/drenche#token=abc" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.True(svg.Length > 500);
    }

    [Fact]
    public async Task QrCode_TooLongOrEmpty_Is400()
    {
        using var admin = fixture.Server.Client();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/qr", new { text = new string('x', 1001) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/qr", new { text = "" })).StatusCode);
    }
}
