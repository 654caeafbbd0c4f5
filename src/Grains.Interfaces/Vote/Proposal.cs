namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>One proposal a workshop produced; <see cref="Title"/> and <see cref="Summary"/> are plain text.</summary>
[GenerateSerializer, Immutable]
public sealed record Proposal(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Summary);
