using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

[Collection(LiveCollection.Name)]
public sealed class VoteTests(LiveServerFixture fixture)
{
    private OrchestratorServer Server => fixture.Server;

    /// <summary>
    /// The evening: 200 phones vote at once, 50 change their mind, some retry; the count on the screens
    /// moves without a point; closed, the tally is the one the ballots sent make, and a late ballot is 409.
    /// </summary>
    [Fact]
    public async Task TwoHundredGuests_VoteAtOnce_FiftyChange_RetriesCountOnce_TallyExact_NoPointBeforeReveal()
    {
        using var admin = Server.Client();
        using var phones = Server.Client(token: null);
        var (editionId, proposals) = await VoteCalls.NewVote(admin, workshops: 5, perWorkshop: 4, revealTop: 5);
        var viewerToken = (string)(await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/viewer-tokens", null), 201))["token"]!;
        await using var viewer = await LiveScreen.Connect(Server, viewerToken);
        await viewer.JoinEdition(editionId);
        var guests = await VoteCalls.Guests(admin, editionId, 200);
        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/open", null), 200);

        var random = new Random(2018);
        var first = guests.Select(_ => Ballot(random, proposals)).ToList();
        var firstAnswers = await Task.WhenAll(guests.Select((g, i) => VoteCalls.Cast(phones, editionId, g, first[i], $"first-{i}")));
        Assert.All(firstAnswers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));

        var final = first.ToList();
        var changers = Enumerable.Range(0, 50).Select(i => i * 4).ToList();
        foreach (var i in changers)
        {
            final[i] = Ballot(random, proposals);
        }

        // The changes, and at the same time retries of first ballots: of guests who did not change, and
        // of changers whose first ballot comes back late under its key (it must not undo the change).
        var changes = changers.Select(i => VoteCalls.Cast(phones, editionId, guests[i], final[i], $"second-{i}"));
        var retries = Enumerable.Range(0, 200).Where(i => i % 5 == 1).Select(i => VoteCalls.Cast(phones, editionId, guests[i], first[i], $"first-{i}"));
        var lateCopies = changers.Take(10).Select(i => VoteCalls.Cast(phones, editionId, guests[i], first[i], $"first-{i}"));
        await Task.WhenAll(changes);
        var replayed = await Task.WhenAll(retries.Concat(lateCopies));
        Assert.All(replayed, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));

        var counted = await viewer.UntilEvent(e => e.Name == "VoteChanged" && e.Payload.GetProperty("ballots").GetInt32() == 200);
        var asGuest = await VoteCalls.Send(phones, HttpMethod.Get, $"/api/editions/{editionId}/vote", guests[0]);
        var guestView = await ApiCalls.Json(asGuest, 200);
        Assert.Equal(200, (int)guestView["ballots"]!);
        Assert.Equal("open", (string)guestView["status"]!);
        Assert.Empty(guestView["revealed"]!.AsArray());
        Assert.DoesNotContain("\"points\":", guestView.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"rank\":", guestView.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await VoteCalls.Send(phones, HttpMethod.Get, $"/api/editions/{editionId}/vote/results", viewerToken)).StatusCode);

        var closed = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/close", null), 200);
        var late = await VoteCalls.Cast(phones, editionId, guests[1], first[2], "after-close");
        var results = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/vote/results"), 200);

        Assert.Equal("closed", (string)closed["status"]!);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("application/problem+json", late.Content.Headers.ContentType?.MediaType);
        Assert.Equal(200, (int)results["ballots"]!);
        var expected = proposals
            .Select(p => (Id: p, Points: final.Sum(b => b.Where(a => a.ProposalId == p).Sum(a => a.Points)), Voters: final.Count(b => b.Any(a => a.ProposalId == p && a.Points > 0))))
            .OrderByDescending(x => x.Points).ThenByDescending(x => x.Voters).ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            expected.Select((x, i) => $"{i + 1}:{x.Id}:{x.Points}:{x.Voters}"),
            results["proposals"]!.AsArray().Select(p => $"{(int)p!["rank"]!}:{(string)p["proposalId"]!}:{(int)p["points"]!}:{(int)p["voters"]!}"));

        // Until the desk reveals, not one event any viewer got holds a point or a rank.
        var beforeReveal = await viewer.UntilEvent(e => e.Name == "VoteChanged" && e.Payload.GetProperty("status").GetString() == "closed");
        Assert.All(counted.Concat(beforeReveal).Where(e => e.Name.StartsWith("Vote", StringComparison.Ordinal)), e =>
            Assert.Equal(["ballots", "editionId", "guests", "status", "version"], e.Payload.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));

        var revealed = await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/reveal/next", null), 200);
        var ceremony = (await viewer.UntilEvent(e => e.Name == "VoteRevealed"))[^1];
        Assert.Equal(expected[4].Id, (string)revealed["revealed"]![0]!["proposalId"]!);
        var shown = ceremony.Payload.GetProperty("revealed")[0];
        Assert.Equal((expected[4].Id, 5, expected[4].Points), (shown.GetProperty("proposalId").GetString(), shown.GetProperty("rank").GetInt32(), shown.GetProperty("points").GetInt32()));
    }

    [Fact]
    public async Task GuestToken_OnlyReadsTheVote_AndCastsItsBallot_ElsewhereForbidden_HubRefused()
    {
        using var admin = Server.Client();
        using var phone = Server.Client(token: null);
        var (editionId, _) = await VoteCalls.NewVote(admin, workshops: 1, perWorkshop: 2);
        await ApiCalls.CreateMission(admin, editionId, "drenche");
        var guest = (await VoteCalls.Guests(admin, editionId, 1))[0];
        var (otherEdition, _) = await VoteCalls.NewVote(admin, workshops: 1, perWorkshop: 1);

        var refused = new[]
        {
            $"/api/editions/{editionId}",
            $"/api/editions/{editionId}/results",
            $"/api/editions/{editionId}/missions/drenche",
            $"/api/editions/{editionId}/vote/results",
            $"/api/editions/{otherEdition}/vote",
            $"/api/editions/{otherEdition}/ballots/mine",
        };
        foreach (var url in refused)
        {
            var answer = await VoteCalls.Send(phone, HttpMethod.Get, url, guest);
            Assert.True(answer.StatusCode == HttpStatusCode.Forbidden, $"{url}: {answer.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await VoteCalls.Send(phone, HttpMethod.Post, $"/api/editions/{editionId}/vote/open", guest)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VoteCalls.Send(phone, HttpMethod.Get, $"/api/editions/{editionId}/vote", guest)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await VoteCalls.Send(phone, HttpMethod.Get, $"/api/editions/{editionId}/ballots/mine", guest)).StatusCode);
        await using var hub = await LiveScreen.Connect(Server, guest);
        await Assert.ThrowsAsync<HubException>(() => hub.JoinEdition(editionId));
    }

    [Fact]
    public async Task BadBallots_Are400_NotOpen409_AndNothingChanges()
    {
        using var admin = Server.Client();
        using var phone = Server.Client(token: null);
        var (editionId, proposals) = await VoteCalls.NewVote(admin, workshops: 2, perWorkshop: 2, mode: "pick", budget: 2);
        var guest = (await VoteCalls.Guests(admin, editionId, 1))[0];

        var early = await VoteCalls.Cast(phone, editionId, guest, [(proposals[0], 1)], "early");
        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/open", null), 200);
        var tooMany = await VoteCalls.Cast(phone, editionId, guest, proposals.Take(3).Select(p => (p, 1)), "k1");
        var heavy = await VoteCalls.Cast(phone, editionId, guest, [(proposals[0], 2)], "k2");
        var negative = await VoteCalls.Cast(phone, editionId, guest, [(proposals[0], -1)], "k3");
        var unknown = await VoteCalls.Cast(phone, editionId, guest, [("nowhere", 1)], "k4");
        var reconfigure = await admin.PutAsJsonAsync($"/api/editions/{editionId}/vote", new { mode = "points", budget = 10, revealTop = 3 });
        var badMode = await admin.PutAsJsonAsync($"/api/editions/{editionId}/vote", new { mode = "ranked", budget = 0, revealTop = 3 });
        var noGuests = await admin.PostAsJsonAsync($"/api/editions/{editionId}/guests", new { guests = Array.Empty<object>() });
        var tooManyGuests = await admin.PostAsJsonAsync($"/api/editions/{editionId}/guests", new { guests = Enumerable.Range(0, 1001).Select(_ => new { }) });
        var markup = await admin.PostAsJsonAsync($"/api/editions/{editionId}/workshops", new { id = "late", title = "<b>Atelier</b>" });

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], new[] { tooMany.StatusCode, heavy.StatusCode, negative.StatusCode, unknown.StatusCode });
        Assert.Equal(HttpStatusCode.Conflict, reconfigure.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badMode.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noGuests.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooManyGuests.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, markup.StatusCode);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await VoteCalls.Send(phone, HttpMethod.Get, $"/api/editions/{editionId}/ballots/mine", guest)).StatusCode);
        var vote = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{editionId}/vote"), 200);
        Assert.Equal((0, 1, "pick"), ((int)vote["ballots"]!, (int)vote["guests"]!, (string)vote["mode"]!));
    }

    [Fact]
    public async Task Ranking_Exports_AsCsv_WithTheSameOrderAsJson()
    {
        using var admin = Server.Client();
        using var phone = Server.Client(token: null);
        var (editionId, proposals) = await VoteCalls.NewVote(admin, workshops: 1, perWorkshop: 3);
        await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/workshops/atelier-1/proposals", new { id = "quoted", title = "Former, \"accompagner\"" }), 201);
        var guest = (await VoteCalls.Guests(admin, editionId, 1))[0];
        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/open", null), 200);
        await ApiCalls.Json(await VoteCalls.Cast(phone, editionId, guest, [("quoted", 6), (proposals[2], 4)], "k"), 200);
        var ballot = await ApiCalls.Json(await VoteCalls.Send(phone, HttpMethod.Get, $"/api/editions/{editionId}/ballots/mine", guest), 200);
        await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/vote/close", null), 200);

        var csv = await admin.GetAsync($"/api/editions/{editionId}/vote/results.csv");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, ballot["allocations"]!.AsArray().Count);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("rank,proposalId,workshopId,title,points,voters", lines[0]);
        Assert.Equal("1,quoted,atelier-1,\"Former, \"\"accompagner\"\"\",6,1", lines[1]);
        Assert.Equal($"2,{proposals[2]},atelier-1,Proposition 1.3,4,1", lines[2]);
        Assert.Equal(5, lines.Length);
    }

    private static List<(string ProposalId, int Points)> Ballot(Random random, List<string> proposals)
    {
        var left = 10;
        var ballot = new List<(string, int)>();
        foreach (var p in proposals.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
        {
            var points = random.Next(0, left + 1);
            left -= points;
            ballot.Add((p, points));
        }

        return ballot;
    }
}
