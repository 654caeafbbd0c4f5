using Orchestrator.Grains.Domain.Vote;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Tests.Domain.Vote;

public sealed class ClosingVoteTests
{
    [Fact]
    public void Status_DraftOpenClosed_OneWay_TwiceIsHarmless()
    {
        var vote = Prepared();

        Assert.Equal(VoteStatus.Open, vote.Open()!.Status);
        Assert.Null(vote.Open());
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => vote.AddProposal("w1", new("late", "Late", null))).Kind);
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => vote.Configure(new(VoteMode.Pick, 3, 3))).Kind);
        Assert.Equal(VoteStatus.Closed, vote.Close()!.Status);
        Assert.Null(vote.Close());
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => vote.Open()).Kind);
    }

    [Fact]
    public void Open_WithoutProposal_OrClose_FromDraft_IsConflict()
    {
        var vote = new ClosingVote(new VoteState());
        vote.AddWorkshop("w1", "Engagement", null);

        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => vote.Open()).Kind);
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => vote.Close()).Kind);
        Assert.Equal(DomainRuleKind.NotFound, Assert.Throws<DomainRuleException>(() => vote.AddProposal("nowhere", new("p", "P", null))).Kind);
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => vote.AddWorkshop("w1", "Again", null)).Kind);
    }

    [Fact]
    public void Reveal_OnlyOnceClosed_FromRevealTop_Undo_HidesTheLast()
    {
        var vote = Prepared();
        vote.Open();
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => vote.RevealNext()).Kind);
        var tally = new VoteTally();
        tally.Add([new("p1", 5), new("p2", 3), new("p3", 2)]);
        tally.Add([new("p1", 1)]);
        vote.Close();
        vote.Finish(tally);

        Assert.Empty(vote.View(0).Revealed);
        Assert.Equal("p2", vote.RevealNext().ProposalId);
        Assert.Equal("p1", vote.RevealNext().ProposalId);
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => vote.RevealNext()).Kind);
        vote.UndoReveal();
        var view = vote.View(0);

        Assert.Equal(2, view.Ballots);
        Assert.Equal([("p2", 2, 3)], view.Revealed.Select(r => (r.ProposalId, r.Rank, r.Points)));
        vote.UndoReveal();
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => vote.UndoReveal()).Kind);
    }

    [Fact]
    public void View_BeforeTheReveal_CarriesNoPoints_ResultsDo()
    {
        var vote = Prepared();
        vote.Open();
        var live = new VoteTally();
        live.Add([new("p3", 4)]);

        var view = vote.View(live.Ballots);
        var results = vote.Results(live);

        Assert.Equal(1, view.Ballots);
        Assert.Empty(view.Revealed);
        Assert.Equal(("p3", 1, 4), (results.Proposals[0].ProposalId, results.Proposals[0].Rank, results.Proposals[0].Points));
        Assert.Equal(3, results.Proposals.Count);
    }

    private static ClosingVote Prepared()
    {
        var vote = new ClosingVote(new VoteState());
        vote.AddWorkshop("w1", "Engagement", "Ana");
        vote.AddWorkshop("w2", "Territoires", null);
        vote.AddProposal("w1", new("p1", "Mentorat", null));
        vote.AddProposal("w2", new("p2", "Journée des compétences", "Un jour par an"));
        vote.AddProposal("w2", new("p3", "Données ouvertes", null));
        vote.Configure(new VoteSettings(VoteMode.Points, 10, 2));
        return vote;
    }
}
