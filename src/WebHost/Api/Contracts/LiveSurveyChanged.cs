namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>The survey's progress for the desk's and the viewers' screens: counts only, never names or comments (a lead's page gets <see cref="LiveSurveyStatus"/>).</summary>
public sealed record LiveSurveyChanged(
    string EditionId,
    long Version,
    string Status,
    int Invited,
    int Responded,
    decimal? Nps,
    decimal? ResponseRate,
    IReadOnlyDictionary<string, LiveRoleProgress> ByRole);
