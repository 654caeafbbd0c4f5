using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.WebHost.Tests.Infrastructure;
using Orleans.Runtime;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>
/// Tokens the server never issued cost nothing: refused on every route (pages, health, the hub's negotiate,
/// the API) without activating a token grain or reading storage. Each test runs its own server, so the
/// grain statistics and the storage reads it counts are its own.
/// </summary>
public sealed class ForgedTokenCostTests
{
    private const int UnknownTokensPerMinute = 5;

    [Fact]
    public async Task TenThousandRandomBearerTokens_LeaveTokenActivationsAndStorageReadsUnchanged()
    {
        var reads = new StorageReadCounter();
        await using var server = Start(reads);
        using var admin = server.Client();
        var editionId = await admin.CreateEditionWithMissions("drenche");
        var lead = await LeadToken(admin, editionId);
        using (var warm = server.Client(lead))
        {
            Assert.Equal(HttpStatusCode.OK, (await warm.GetAsync($"/api/editions/{editionId}/missions/drenche")).StatusCode);
        }

        var activationsBefore = await TokenActivations(server);
        var readsBefore = reads.Total;
        var targets = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Get, "/health"),
            (HttpMethod.Get, "/"),
            (HttpMethod.Get, "/api/editions"),
            (HttpMethod.Get, $"/api/editions/{editionId}/missions/drenche"),
            (HttpMethod.Put, $"/api/editions/{editionId}/missions/drenche/milestones/framing"),
            (HttpMethod.Post, "/hubs/live/negotiate?negotiateVersion=1"),
        };

        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        await Parallel.ForAsync(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var (method, path) = targets[i % targets.Length];
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RandomToken(i / targets.Length, lead));
            if (method != HttpMethod.Get)
            {
                request.Content = new StringContent("{\"status\":\"done\"}", Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request, ct);
            var status = (int)response.StatusCode;
            var anonymousRoute = path is "/health" or "/";
            if (anonymousRoute ? status != 200 : status is not (401 or 429))
            {
                wrong.Add($"{method} {path}: {status}");
            }
        });

        Assert.True(wrong.IsEmpty, $"{wrong.Count} answers wrong, e.g. {string.Join(", ", wrong.Take(5))}");
        Assert.Equal(activationsBefore, await TokenActivations(server));
        Assert.Equal(0, reads.Total - readsBefore);
    }

    [Fact]
    public async Task UnsignedTokens_StillLookedUp_ButFailedLookupsPerAddressAreBounded_AndSignedTokensNeverLimited()
    {
        var reads = new StorageReadCounter();
        await using var server = Start(reads);
        using var admin = server.Client();
        var editionId = await admin.CreateEditionWithMissions("drenche");
        var signedLead = await LeadToken(admin, editionId);
        var unsignedLead = await IssueUnsigned(server, editionId, "drenche");
        var mission = $"/api/editions/{editionId}/missions/drenche";

        using (var legacy = server.Client(unsignedLead))
        {
            Assert.Equal(HttpStatusCode.OK, (await legacy.GetAsync(mission)).StatusCode);
        }

        var readsBefore = reads.Of("accesstoken");
        for (var i = 0; i < 200; i++)
        {
            using var unknown = server.Client(Base64Url(RandomNumberGenerator.GetBytes(32)));
            Assert.Equal(HttpStatusCode.OK, (await unknown.GetAsync("/health")).StatusCode);
        }

        var lookups = reads.Of("accesstoken") - readsBefore;
        Assert.InRange(lookups, 1, UnknownTokensPerMinute);
        using var signed = server.Client(signedLead);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await signed.GetAsync(mission)).StatusCode);
        }
    }

    private static OrchestratorServer Start(StorageReadCounter reads) => OrchestratorServer.Start(
        new Dictionary<string, string?> { ["Orchestrator:RateLimit:UnknownTokensPerMinute"] = UnknownTokensPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        reads.Install);

    private static async Task<string> LeadToken(HttpClient admin, string editionId) =>
        (string)(await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/missions/drenche/lead-token", null), 201))["token"]!;

    /// <summary>A token as issued before tokens carried a MAC: 256 random bits, its grant stored under its hash.</summary>
    private static async Task<string> IssueUnsigned(OrchestratorServer server, string editionId, string missionId)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        var grant = new AccessGrant("legacy-" + Guid.NewGuid().ToString("n")[..6], AccessRole.TeamLead, editionId, missionId, DateTimeOffset.UtcNow, Revoked: false);
        await server.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccessTokenGrain>(hash).Issue(grant);
        return token;
    }

    private static async Task<int> TokenActivations(OrchestratorServer server)
    {
        var management = server.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var statistics = await management.GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains("AccessToken", StringComparison.OrdinalIgnoreCase)).Sum(s => s.ActivationCount);
    }

    /// <summary>
    /// Forgeries of every kind: the signed shape with a wrong MAC (also on a real token's random part), and shapes
    /// never issued. Not the unsigned shape (43 characters), which is looked up within a budget: the next test.
    /// </summary>
    private static string RandomToken(int i, string real) => (i % 4) switch
    {
        0 => $"{Base64Url(RandomNumberGenerator.GetBytes(32))}.{Base64Url(RandomNumberGenerator.GetBytes(16))}",
        1 => $"{real[..43]}.{Base64Url(RandomNumberGenerator.GetBytes(16))}",
        2 => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)),
        _ => Base64Url(RandomNumberGenerator.GetBytes(RandomNumberGenerator.GetInt32(33, 150))),
    };

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
