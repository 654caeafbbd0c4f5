namespace Orchestrator.Grains.Domain;

/// <param name="Operation">What the key was used for, so a key reused for another change is refused.</param>
/// <param name="ResultId">The id the first request created (a member, a help request), if any.</param>
[GenerateSerializer]
public sealed record AppliedRequest(
    [property: Id(0)] string Key,
    [property: Id(1)] string Operation,
    [property: Id(2)] string? ResultId,
    [property: Id(3)] DateTimeOffset AppliedAt);
