using System.Net;
using System.Net.Http.Headers;
using Orchestrator.WebHost.Operations;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

/// <summary>A browser opens the dashboard with a short session cookie that the admin's token buys; the cookie opens nothing else.</summary>
[Collection(OperationsCollection.Name)]
public sealed class DashboardSessionTests(ServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    [Fact]
    public async Task AdminSessionCookie_OpensTheDashboard_IsRefusedToAViewer_AndIsIgnoredOnTheApi()
    {
        using var admin = Server.Client();
        var viewer = await ViewerTokens.OfNewEdition(admin, "dashboard-session");
        using var asViewer = Server.Client(viewer);

        var refused = await asViewer.PostAsync("/api/dashboard-session", null);
        var opened = await admin.PostAsync("/api/dashboard-session", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Set-Cookie"));
        var body = await ApiCalls.Json(opened, 200);
        Assert.Equal("/dashboard/", (string)body["dashboard"]!);
        var setCookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"));
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries);
        Assert.StartsWith($"{DashboardSessions.CookieName}=", attributes[0], StringComparison.Ordinal);
        Assert.Contains("httponly", attributes, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", attributes, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("path=/dashboard", attributes, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(OrchestratorServer.AdminToken, setCookie, StringComparison.Ordinal);
        var cookie = attributes[0];

        using var browser = CookieOnly(cookie);
        using var forged = CookieOnly($"{DashboardSessions.CookieName}=not-a-session");

        var page = await browser.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/editions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsync("/api/dashboard-session", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/metrics")).StatusCode);
    }

    /// <summary>A client that sends only this Cookie header, as a browser following a link would.</summary>
    private HttpClient CookieOnly(string cookie)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = Server.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }
}
