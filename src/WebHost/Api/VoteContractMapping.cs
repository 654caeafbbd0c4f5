using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.WebHost.Api.Contracts.Vote;

namespace Orchestrator.WebHost.Api;

/// <summary>The closing vote's grain messages to JSON contracts.</summary>
public static class VoteContractMapping
{
    public static VoteResponse ToResponse(this VoteView view, string editionId) => new(
        editionId,
        WireNames.Of(view.Status),
        WireNames.Of(view.Settings.Mode),
        view.Settings.Budget,
        view.Settings.RevealTop,
        view.Ballots,
        view.Guests,
        view.Workshops.Select(w => new WorkshopResponse(w.Id, w.Title, w.Host, w.Proposals.Select(ToResponse).ToList())).ToList(),
        view.Revealed.ToRevealed());

    public static ProposalResponse ToResponse(this Proposal p) => new(p.Id, p.Title, p.Summary);

    public static WorkshopResponse ToResponse(this Workshop w) => new(w.Id, w.Title, w.Host, w.Proposals.Select(ToResponse).ToList());

    public static BallotResponse ToResponse(this Ballot b, string editionId) =>
        new(editionId, b.GuestId, b.Allocations.Select(a => new AllocationContract(a.ProposalId, a.Points)).ToList(), b.CastAt);

    public static VoteResultsResponse ToResponse(this VoteResults r, string editionId) => new(
        editionId,
        WireNames.Of(r.Status),
        r.Ballots,
        r.Proposals.Select(p => new RankedProposalResponse(p.ProposalId, p.WorkshopId, p.Title, p.Points, p.Voters, p.Rank)).ToList());

    public static LiveVoteChanged ToLiveVoteChanged(this EditionEvent e) =>
        new(e.EditionId, e.Version, WireNames.Of(e.Vote!.Status), e.Vote.Ballots, e.Vote.Guests);

    public static LiveVoteRevealed ToLiveVoteRevealed(this EditionEvent e) => new(e.EditionId, e.Version, e.VoteRevealed!.ToRevealed());

    private static List<RevealedProposalResponse> ToRevealed(this IReadOnlyList<RankedProposal> revealed) =>
        revealed.Select(r => new RevealedProposalResponse(r.ProposalId, r.Rank, r.Points, r.Voters, r.WorkshopId, r.Title)).ToList();
}
