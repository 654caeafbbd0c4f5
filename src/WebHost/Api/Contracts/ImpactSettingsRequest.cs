namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="HourlyValue">The value of a volunteer's hour; null removes it (the report then gives no value).</param>
/// <param name="Currency">An ISO 4217 code such as EUR; required with a value.</param>
public sealed record ImpactSettingsRequest(decimal? HourlyValue, string? Currency);
