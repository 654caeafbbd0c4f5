namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>The survey's progress for every screen of the edition: counts only, never names or comments.</summary>
public sealed record LiveSurveyChanged(
    string EditionId,
    long Version,
    string Status,
    int Invited,
    int Responded,
    decimal? Nps,
    decimal? ResponseRate,
    IReadOnlyDictionary<string, LiveRoleProgress> ByRole);
