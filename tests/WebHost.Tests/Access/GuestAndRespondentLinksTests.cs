using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>The vote's guest links and the survey's respondent links follow the other links' rules: revocation and erasure.</summary>
[Collection(ServerCollection.Name)]
public sealed class GuestAndRespondentLinksTests(ServerFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    private OrchestratorServer Server => fixture.Server;

    [Theory]
    [InlineData("guests", "guests")]
    [InlineData("survey/respondents", "respondents")]
    public async Task RevokedGuestOrRespondentToken_ClosesItsOpenConnection(string route, string list)
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("links");
        await ApiCalls.CreateEdition(admin, editionId);
        object[] one = list == "guests" ? [new { name = "Inès" }] : [new { role = "volunteer", name = "Inès" }];
        var body = new Dictionary<string, object> { [list] = one };
        var issued = (await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/{route}", body), 201))[list]![0]!;
        await using var connection = Server.Hub((string)issued["token"]!);
        var closed = connection.WatchClosed();
        await connection.StartAsync().WaitAsync(Within);

        var revoked = await admin.DeleteAsync($"/api/editions/{editionId}/tokens/{(string)issued["tokenId"]!}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await closed.WaitAsync(Within);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task ErasedRespondent_ClosesTheirConnection_AndPurgesTheirRecordedAnswer()
    {
        using var admin = Server.Client();
        var editionId = ApiCalls.NewId("erase-respondent");
        await ApiCalls.CreateEdition(admin, editionId);
        var invited = (await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/survey/respondents",
            new { respondents = new[] { new { role = "volunteer", name = "Jihane" } } }), 201))["respondents"]![0]!;
        using var jihane = Server.Client((string)invited["token"]!);
        using var answer = new HttpRequestMessage(HttpMethod.Put, $"/api/editions/{editionId}/survey/responses/mine")
        {
            Content = JsonContent.Create(new { answers = new { nps = 9, satisfaction = 5, comment = "Signed by Jihane" } }),
        };
        answer.Headers.Add("Idempotency-Key", "answer-1");
        Assert.Contains("Signed by Jihane", (await ApiCalls.Json(await jihane.SendAsync(answer), 200)).ToJsonString(), StringComparison.Ordinal);
        var recorded = Server.Services.GetRequiredService<IGrainFactory>().GetGrain<IIdempotentRequestGrain>(
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"Respondent:{(string)invited["tokenId"]!}\nanswer-1"))));
        Assert.Equal(RequestOutcome.Mismatch, (await recorded.Begin("another request")).Outcome);
        await using var connection = Server.Hub((string)invited["token"]!);
        var closed = connection.WatchClosed();
        await connection.StartAsync().WaitAsync(Within);

        var erased = await admin.DeleteAsync($"/api/editions/{editionId}/survey/respondents/{(string)invited["respondentId"]!}");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        await closed.WaitAsync(Within);
        Assert.Equal(RequestOutcome.Proceed, (await recorded.Begin("another request")).Outcome);
    }
}
