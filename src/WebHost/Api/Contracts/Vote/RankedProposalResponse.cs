namespace Orchestrator.WebHost.Api.Contracts.Vote;

public sealed record RankedProposalResponse(string ProposalId, string WorkshopId, string Title, int Points, int Voters, int Rank);
