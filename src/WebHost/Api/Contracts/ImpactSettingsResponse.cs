namespace Orchestrator.WebHost.Api.Contracts;

public sealed record ImpactSettingsResponse(string EditionId, decimal? HourlyValue, string? Currency);
