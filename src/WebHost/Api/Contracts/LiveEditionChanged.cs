namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>Hub event <c>EditionChanged</c>.</summary>
public sealed record LiveEditionChanged(string EditionId, long Version, CountersResponse Counters);
