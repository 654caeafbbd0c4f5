namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>
/// Hub event <c>Revealed</c>, and the answer of the reveal routes: <c>MissionId</c> is the mission just
/// revealed (null after a reset), <c>Revealed</c> every mission revealed so far, in order.
/// </summary>
public sealed record LiveRevealed(string EditionId, long Version, string? MissionId, IReadOnlyList<string> Revealed);
