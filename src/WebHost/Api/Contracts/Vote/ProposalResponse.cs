namespace Orchestrator.WebHost.Api.Contracts.Vote;

public sealed record ProposalResponse(string Id, string Title, string? Summary);
