namespace Orchestrator.WebHost.Api.Contracts.Vote;

/// <summary>A proposal the desk revealed: its rank, points and voters, with what the display shows of it.</summary>
public sealed record RevealedProposalResponse(string ProposalId, int Rank, int Points, int Voters, string WorkshopId, string Title);
