namespace Orchestrator.WebHost.Api.Contracts.Vote;

public sealed record ProposalRequest(string? Id, string? Title, string? Summary);
