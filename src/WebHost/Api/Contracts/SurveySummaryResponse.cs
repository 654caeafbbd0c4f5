namespace Orchestrator.WebHost.Api.Contracts;

/// <summary><c>byRole</c> always has <c>volunteer</c>, <c>association</c> and <c>company</c>, those without respondents included.</summary>
public sealed record SurveySummaryResponse(
    string EditionId,
    string Status,
    int Invited,
    int Responded,
    decimal? Nps,
    decimal? Satisfaction,
    decimal? ResponseRate,
    IReadOnlyDictionary<string, RoleSummaryResponse> ByRole);
