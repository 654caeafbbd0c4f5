namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>
/// Hub event <c>Revealed</c>, and the answer of the reveal routes: <c>MissionId</c> is the mission just
/// revealed (null after hiding them all), <c>Revealed</c> every mission revealed so far, in order;
/// <c>Revealing</c>: the reveal has begun, so the missions not revealed are hidden.
/// </summary>
public sealed record LiveRevealed(string EditionId, long Version, string? MissionId, IReadOnlyList<string> Revealed, bool Revealing);
