namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>A workshop of the closing evening and the proposals it produced, in the order they were added.</summary>
[GenerateSerializer, Immutable]
public sealed record Workshop(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Host,
    [property: Id(3)] IReadOnlyList<Proposal> Proposals);
