namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>One role's figures; <c>nps</c> and <c>satisfaction</c> are null while nobody of the role answered.</summary>
public sealed record RoleSummaryResponse(
    int Invited, int Responded, decimal? Nps, int Promoters, int Passives, int Detractors, decimal? Satisfaction, decimal? ResponseRate);
