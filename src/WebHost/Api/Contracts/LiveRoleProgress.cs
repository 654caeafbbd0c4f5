namespace Orchestrator.WebHost.Api.Contracts;

public sealed record LiveRoleProgress(int Invited, int Responded, decimal? Nps, decimal? ResponseRate);
