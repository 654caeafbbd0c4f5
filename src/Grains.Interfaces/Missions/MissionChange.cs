namespace Orchestrator.Grains.Interfaces.Missions;

/// <summary>A mission tells its edition what changed; <see cref="HelpRequested"/> is set when the change raised one.</summary>
[GenerateSerializer, Immutable]
public sealed record MissionChange(
    [property: Id(0)] MissionSummary Summary,
    [property: Id(1)] HelpRequest? HelpRequested);
