using System.Net;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

public static class SetupRefusal
{
    /// <summary>
    /// A new screen is turned away at its setup: the negotiation is answered 503 problem+json with
    /// Retry-After, the official client's start fails with 503, and the REST API still answers.
    /// </summary>
    public static async Task AssertNewScreensRefused(OrchestratorServer server, HttpClient admin, string editionId)
    {
        using var negotiate = await admin.PostAsync("/hubs/live/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, negotiate.StatusCode);
        Assert.Equal("application/problem+json", negotiate.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(negotiate.Headers.RetryAfter);
        await using var refused = server.Hub();
        var refusal = await Assert.ThrowsAsync<HttpRequestException>(() => refused.StartAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refusal.StatusCode);
        await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}"), 200);
    }
}
