using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class VoteGrainTests(ClusterFixture fixture)
{
    private static readonly string[] ProposalIds = ["mentorat", "journee", "donnees", "tutorat", "reseau"];

    [Fact]
    public async Task Ballots_AcrossShards_TallyExactAtClose_RetriesAndReplacementsCountOnce()
    {
        var probe = await LiveProbe.Register(fixture.Cluster);
        var (editionId, vote) = await NewVote(new VoteSettings(VoteMode.Points, 10, 3));
        await vote.Open();
        var guests = Enumerable.Range(0, 80).Select(i => $"guest-{i}").ToList();
        Assert.True(guests.Select(VoteShardKey.ShardOf).Distinct().Count() > 8);

        var expected = new Dictionary<string, (int Points, int Voters)>();
        var sent = guests.ToDictionary(g => g, g => Ballot(g, 0));
        await Task.WhenAll(guests.Select(g => Cast(editionId, g, sent[g], $"first-{g}")));
        foreach (var g in guests.Take(20))
        {
            sent[g] = Ballot(g, 1);
        }

        await Task.WhenAll(guests.Take(20).Select(g => Cast(editionId, g, sent[g], $"second-{g}")));

        // A late copy of a guest's first ballot, under its key, does not undo the second.
        await Task.WhenAll(guests.Take(20).Select(g => Cast(editionId, g, Ballot(g, 0), $"first-{g}")));
        foreach (var allocation in sent.Values.SelectMany(a => a))
        {
            var (points, voters) = expected.GetValueOrDefault(allocation.ProposalId);
            expected[allocation.ProposalId] = (points + allocation.Points, voters + 1);
        }

        var moving = await probe.WaitFor(e => e.EditionId == editionId && e.Kind == EditionEventKind.VoteChanged && e.Vote!.Ballots == guests.Count);
        Assert.Equal(VoteStatus.Open, moving.Vote!.Status);
        Assert.Null(moving.VoteRevealed);

        var closed = await vote.Close();
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Cast(editionId, "guest-late", Ballot("guest-late", 0), "late"));
        var results = await vote.GetResults();

        Assert.Equal(VoteStatus.Closed, closed.Status);
        Assert.Equal(guests.Count, closed.Ballots);
        Assert.Empty(closed.Revealed);
        Assert.Equal(DomainRuleKind.Conflict, refused.Kind);
        Assert.Equal(guests.Count, results.Ballots);
        Assert.Equal(Enumerable.Range(1, ProposalIds.Length), results.Proposals.Select(p => p.Rank));
        foreach (var line in results.Proposals)
        {
            Assert.Equal(expected.GetValueOrDefault(line.ProposalId), (line.Points, line.Voters));
        }

        var again = await vote.Close();
        Assert.Equal(guests.Count, again.Ballots);
        Assert.Equal(sent["guest-3"], (await Shard(editionId, "guest-3").GetBallot("guest-3"))!.Allocations);
    }

    [Fact]
    public async Task Ballot_BeforeOpen_IsConflict_InvalidBallot_IsInvalid_AndChangesNothing()
    {
        var (editionId, vote) = await NewVote(new VoteSettings(VoteMode.Pick, 2, 3));

        var early = await Assert.ThrowsAsync<DomainRuleException>(() => Cast(editionId, "g", [new("mentorat", 1)], "k0"));
        await vote.Open();
        var tooMany = await Assert.ThrowsAsync<DomainRuleException>(() => Cast(editionId, "g", [new("mentorat", 1), new("journee", 1), new("donnees", 1)], "k1"));
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => Cast(editionId, "g", [new("nowhere", 1)], "k2"));

        Assert.Equal(DomainRuleKind.Conflict, early.Kind);
        Assert.Equal(DomainRuleKind.Invalid, tooMany.Kind);
        Assert.Equal(DomainRuleKind.Invalid, unknown.Kind);
        Assert.Null(await Shard(editionId, "g").GetBallot("g"));
        Assert.Equal(0, (await vote.GetResults()).Ballots);
    }

    [Fact]
    public async Task Reveal_AfterClose_FromRevealTopToTheWinner_Undo_EachPublishedWithARisingVersion()
    {
        var probe = await LiveProbe.Register(fixture.Cluster);
        var (editionId, vote) = await NewVote(new VoteSettings(VoteMode.Points, 10, 2));
        await Assert.ThrowsAsync<DomainRuleException>(() => vote.RevealNext());
        await vote.Open();
        await Cast(editionId, "ana", [new("journee", 6), new("donnees", 4)], "a");
        await Cast(editionId, "bob", [new("journee", 1), new("reseau", 9)], "b");
        await vote.Close();
        var before = (await fixture.Grains.GetGrain<IEditionGrain>(editionId).GetSnapshot())!.Version;

        var first = await vote.RevealNext();
        var firstEvent = await probe.WaitFor(e => e.EditionId == editionId && e.Kind == EditionEventKind.VoteRevealed);
        var second = await vote.RevealNext();
        var undone = await vote.UndoReveal();
        var undoneEvent = await probe.WaitFor(e => e.EditionId == editionId && e.Kind == EditionEventKind.VoteRevealed && e.VoteRevealed!.Count == 1 && e.Version > firstEvent.Version);

        // journee 7 points, reseau 9: the ceremony shows rank 2 first, the winner last.
        Assert.Equal([("journee", 2, 7)], first.Revealed.Select(r => (r.ProposalId, r.Rank, r.Points)));
        Assert.Equal([("journee", 2), ("reseau", 1)], second.Revealed.Select(r => (r.ProposalId, r.Rank)));
        Assert.Equal(["journee"], undone.Revealed.Select(r => r.ProposalId));
        Assert.Equal(before + 1, firstEvent.Version);
        Assert.Equal(before + 3, undoneEvent.Version);
        Assert.Equal("journee", undoneEvent.VoteRevealed![0].ProposalId);
        await Assert.ThrowsAsync<DomainRuleException>(() => vote.AddProposal("w1", new("late", "Late", null)));
    }

    private async Task<(string EditionId, IVoteGrain Vote)> NewVote(VoteSettings settings)
    {
        var editionId = Ids.New("vote");
        await fixture.Grains.GetGrain<IEditionGrain>(editionId).Create(Sample.Factory());
        var vote = fixture.Grains.GetGrain<IVoteGrain>(editionId);
        await vote.AddWorkshop("w1", "Engagement des salariés", "Ana");
        await vote.AddWorkshop("w2", "Territoires", null);
        for (var i = 0; i < ProposalIds.Length; i++)
        {
            await vote.AddProposal(i % 2 == 0 ? "w1" : "w2", new Proposal(ProposalIds[i], $"Proposition {i}", null));
        }

        await vote.Configure(settings);
        return (editionId, vote);
    }

    private static List<Allocation> Ballot(string guest, int round)
    {
        var seed = VoteShardKey.ShardOf(guest) + guest.Length + round;
        return [new(ProposalIds[seed % ProposalIds.Length], 1 + (seed % 6)), new(ProposalIds[(seed + 2) % ProposalIds.Length], 3)];
    }

    private Task<Ballot> Cast(string editionId, string guest, IReadOnlyList<Allocation> allocations, string key) =>
        Shard(editionId, guest).Cast(new CastBallot(guest, allocations, new ChangeKey($"Guest:{guest}", key)));

    private IVoteShardGrain Shard(string editionId, string guest) =>
        fixture.Grains.GetGrain<IVoteShardGrain>(VoteShardKey.For(editionId, guest));
}
