namespace Orchestrator.WebHost.Api.Contracts.Vote;

public sealed record WorkshopResponse(string Id, string Title, string? Host, IReadOnlyList<ProposalResponse> Proposals);
