using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.Domain.Vote;

/// <summary>
/// What a ballot may hold. In <see cref="VoteMode.Points"/> a guest shares at most the budget in whole
/// points; in <see cref="VoteMode.Pick"/> they pick at most the budget of proposals, one point each.
/// Zero-point lines are dropped, so a ballot holds only what counts.
/// </summary>
public static class BallotRules
{
    public static IReadOnlyList<Allocation> Check(VoteSettings settings, IReadOnlySet<string> proposalIds, IReadOnlyList<Allocation> allocations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var allocation in allocations)
        {
            if (!proposalIds.Contains(allocation.ProposalId))
            {
                throw DomainRuleException.Invalid($"Proposal '{allocation.ProposalId}' is not in this vote.");
            }

            if (!seen.Add(allocation.ProposalId))
            {
                throw DomainRuleException.Invalid($"Proposal '{allocation.ProposalId}' appears twice in the ballot.");
            }

            if (allocation.Points < 0)
            {
                throw DomainRuleException.Invalid($"Points for '{allocation.ProposalId}' cannot be negative.");
            }

            if (settings.Mode == VoteMode.Pick && allocation.Points > 1)
            {
                throw DomainRuleException.Invalid($"In a pick vote a proposal gets 1 point or none ('{allocation.ProposalId}': {allocation.Points}).");
            }
        }

        var counted = allocations.Where(a => a.Points > 0).ToList();
        var used = counted.Sum(a => (long)a.Points);
        if (used > settings.Budget)
        {
            throw DomainRuleException.Invalid(settings.Mode == VoteMode.Pick
                ? $"At most {settings.Budget} proposals may be picked ({used} were)."
                : $"The ballot gives {used} points; the budget is {settings.Budget}.");
        }

        return counted;
    }
}
