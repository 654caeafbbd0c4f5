using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Domain.Vote;

/// <summary>
/// The rules of an edition's closing vote, over its stored state: workshops, proposals and settings
/// change only in draft; draft → open → closed, one way; the reveal runs once closed, on the final tally.
/// Opening or closing twice changes nothing, so a double click at the desk is harmless.
/// </summary>
public sealed class ClosingVote(VoteState state)
{
    public VoteStatus Status => state.Status;

    public VoteSettings Settings => state.Settings;

    public int Guests => state.Guests;

    public IReadOnlyList<string> ProposalIds => state.Workshops.SelectMany(w => w.Proposals).Select(p => p.Id).ToList();

    public Workshop AddWorkshop(string workshopId, string title, string? host)
    {
        RequireDraft("Workshops are added");
        if (state.Workshops.Any(w => w.Id == workshopId))
        {
            throw DomainRuleException.Conflict($"Workshop '{workshopId}' already exists.");
        }

        var workshop = new Workshop(workshopId, title, host, []);
        state.Workshops.Add(workshop);
        return workshop;
    }

    public Proposal AddProposal(string workshopId, Proposal proposal)
    {
        RequireDraft("Proposals are added");
        var index = state.Workshops.FindIndex(w => w.Id == workshopId);
        if (index < 0)
        {
            throw DomainRuleException.NotFound($"Workshop '{workshopId}' does not exist.");
        }

        if (state.Workshops.Any(w => w.Proposals.Any(p => p.Id == proposal.Id)))
        {
            throw DomainRuleException.Conflict($"Proposal '{proposal.Id}' already exists.");
        }

        var workshop = state.Workshops[index];
        state.Workshops[index] = workshop with { Proposals = [.. workshop.Proposals, proposal] };
        return proposal;
    }

    public void Configure(VoteSettings settings)
    {
        RequireDraft("The vote is configured");
        if (settings.Budget < 1 || settings.RevealTop < 1)
        {
            throw DomainRuleException.Invalid("Budget and revealTop must be at least 1.");
        }

        state.Settings = settings;
    }

    public void AddGuests(int count) => state.Guests += count;

    /// <summary>Opens the vote; returns the gate every shard must hold before the opening is told, or null if already open.</summary>
    public VoteGate? Open()
    {
        switch (state.Status)
        {
            case VoteStatus.Open:
                return null;
            case VoteStatus.Closed:
                throw DomainRuleException.Conflict("The vote is closed; it cannot open again.");
        }

        if (ProposalIds.Count == 0)
        {
            throw DomainRuleException.Conflict("The vote has no proposal yet.");
        }

        state.Status = VoteStatus.Open;
        return Gate();
    }

    /// <summary>Closes the vote; returns the gate every shard must hold before the tally is taken, or null if already closed.</summary>
    public VoteGate? Close()
    {
        switch (state.Status)
        {
            case VoteStatus.Closed:
                return null;
            case VoteStatus.Draft:
                throw DomainRuleException.Conflict("The vote is not open yet.");
        }

        state.Status = VoteStatus.Closed;
        return Gate();
    }

    /// <summary>The shards' tallies, taken once every shard is closed: from now on the count never moves.</summary>
    public void Finish(VoteTally tally) => state.Final = tally.ToCount();

    public VoteGate Gate() => new(state.Status, state.Settings, ProposalIds);

    public RankedProposal RevealNext()
    {
        RequireClosed();
        var next = RevealSequence.Next(Ranking(FinalTally()), state.Settings.RevealTop, state.RevealedCount)
            ?? throw DomainRuleException.Conflict("Every proposal of the ceremony is already revealed.");
        state.RevealedCount++;
        return next;
    }

    public void UndoReveal()
    {
        RequireClosed();
        if (state.RevealedCount == 0)
        {
            throw DomainRuleException.Conflict("Nothing is revealed yet.");
        }

        state.RevealedCount--;
    }

    /// <summary>What any reader sees: ballots cast, and no point or rank but those revealed.</summary>
    public VoteView View(int liveBallots)
    {
        var final = state.Final is null ? null : FinalTally();
        var revealed = final is null ? [] : RevealSequence.Revealed(Ranking(final), state.Settings.RevealTop, state.RevealedCount);
        return new VoteView(state.Status, state.Settings, final?.Ballots ?? liveBallots, state.Guests, state.Workshops.ToList(), revealed);
    }

    /// <summary>The full ranking: from the final tally once closed, else from the live one given.</summary>
    public VoteResults Results(VoteTally live)
    {
        var tally = state.Final is null ? live : FinalTally();
        return new VoteResults(state.Status, tally.Ballots, Ranking(tally));
    }

    private IReadOnlyList<RankedProposal> Ranking(VoteTally tally) => VoteRanking.Rank(state.Workshops, tally);

    private VoteTally FinalTally() => VoteTally.Sum(state.Final is { } final ? [final] : []);

    private void RequireDraft(string what)
    {
        if (state.Status != VoteStatus.Draft)
        {
            throw DomainRuleException.Conflict($"{what} only before the vote opens.");
        }
    }

    private void RequireClosed()
    {
        if (state.Status != VoteStatus.Closed || state.Final is null)
        {
            throw DomainRuleException.Conflict("The reveal begins once the vote is closed.");
        }
    }
}
