namespace Orchestrator.WebHost.Api.Contracts.Vote;

/// <summary>One line of a ballot, sent and answered alike.</summary>
public sealed record AllocationContract(string? ProposalId, int Points);
