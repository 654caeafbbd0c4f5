namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>What the closing display shows; <c>Revealed</c>: the missions revealed so far, in order.</summary>
public sealed record ResultsResponse(
    string EditionId,
    string Title,
    long Version,
    CountersResponse Counters,
    IReadOnlyList<string> Companies,
    IReadOnlyList<MissionOutcomeResponse> Missions,
    IReadOnlyList<string> Revealed,
    bool Revealing);
