namespace Orchestrator.WebHost.Api.Contracts.Vote;

public sealed record BallotRequest(IReadOnlyList<AllocationContract?>? Allocations);
