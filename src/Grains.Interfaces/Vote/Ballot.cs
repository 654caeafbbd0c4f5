namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>A guest's ballot as it stands; a new one replaces it whole. Allocations hold no zero and no repeat.</summary>
[GenerateSerializer, Immutable]
public sealed record Ballot(
    [property: Id(0)] string GuestId,
    [property: Id(1)] IReadOnlyList<Allocation> Allocations,
    [property: Id(2)] DateTimeOffset CastAt);
