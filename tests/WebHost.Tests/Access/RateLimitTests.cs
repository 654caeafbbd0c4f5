using System.Net;
using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

public sealed class RateLimitTests
{
    [Fact]
    public async Task ChangesOverTheLimit_Are429WithRetryAfter_PerToken()
    {
        await using var server = OrchestratorServer.Start(new Dictionary<string, string?>
        {
            ["Orchestrator:RateLimit:ChangesPerMinute"] = "3",
            ["Orchestrator:RateLimit:AnonymousPerMinute"] = "2",
        });
        var world = await AccessWorld.Create(server);
        using var lead = server.Client(world.LeadToken);
        using var otherLead = server.Client(world.OtherLeadToken);
        using var anonymous = server.Client(token: null);
        var help = new { skill = "finance", message = "Besoin d'un expert" };

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await lead.PostAsJsonAsync($"{world.MissionUrl}/help-requests", help));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var refused = answers[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing.");
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(world.MissionUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await otherLead.PostAsJsonAsync($"/api/editions/{world.EditionId}/missions/{world.OtherMissionId}/help-requests", help)).StatusCode);
        var anonymousStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            anonymousStatuses.Add((await anonymous.GetAsync($"/api/editions/{world.EditionId}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], anonymousStatuses);
    }
}
