namespace Orchestrator.WebHost.Api.Contracts.Vote;

/// <summary>The guest's ballot as stored: zero-point lines dropped.</summary>
public sealed record BallotResponse(string EditionId, string GuestId, IReadOnlyList<AllocationContract> Allocations, DateTimeOffset CastAt);
