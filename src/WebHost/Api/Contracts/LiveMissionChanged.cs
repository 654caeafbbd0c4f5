namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>Hub event <c>MissionChanged</c>.</summary>
public sealed record LiveMissionChanged(string EditionId, long Version, MissionSummaryResponse Mission);
