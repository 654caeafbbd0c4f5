using Orchestrator.Grains.Interfaces.Requests;

namespace Orchestrator.Grains.Interfaces.Vote;

/// <param name="Key">The guest's <c>Idempotency-Key</c>: a ballot already applied under it is not applied again.</param>
[GenerateSerializer, Immutable]
public sealed record CastBallot(
    [property: Id(0)] string GuestId,
    [property: Id(1)] IReadOnlyList<Allocation> Allocations,
    [property: Id(2)] ChangeKey? Key);
