namespace Orchestrator.WebHost.Api.Contracts;

public sealed record RevealRequest(string? MissionId);
