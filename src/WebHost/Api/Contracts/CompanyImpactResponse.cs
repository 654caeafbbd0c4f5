namespace Orchestrator.WebHost.Api.Contracts;

public sealed record CompanyImpactResponse(string Company, int Volunteers, decimal Hours, decimal? Value);
