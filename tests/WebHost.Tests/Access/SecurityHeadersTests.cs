using System.Text;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>The security headers come with every answer: pages, static files, API answers and refusals (issue 11).</summary>
[Collection(ServerCollection.Name)]
public sealed class SecurityHeadersTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Theory]
    [InlineData("GET", "/", null)]
    [InlineData("GET", "/control/factory-2018", null)]
    [InlineData("GET", "/css/app.css", null)]
    [InlineData("GET", "/js/dom.js", null)]
    [InlineData("GET", "/lib/signalr/signalr.min.js", null)]
    [InlineData("GET", "/health", null)]
    [InlineData("GET", "/api/editions", "admin")]
    [InlineData("GET", "/api/editions", null)]
    [InlineData("POST", "/api/editions", "admin")]
    [InlineData("GET", "/api/nothing-here", "admin")]
    [InlineData("GET", "/nothing-here.png", null)]
    [InlineData("POST", "/hubs/live/negotiate?negotiateVersion=1", null)]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string method, string path, string? token)
    {
        using var client = Server.Client(token is null ? null : OrchestratorServer.AdminToken);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task ContentSecurityPolicy_ConnectsOnlyToThePagesOwnOrigin()
    {
        using var client = Server.Client(token: null);

        using var response = await client.GetAsync("/control/factory-2018");

        var connect = Header(response, "Content-Security-Policy").Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("connect-src", StringComparison.Ordinal));
        Assert.Equal("connect-src 'self'", connect);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: no {name} header");
}
