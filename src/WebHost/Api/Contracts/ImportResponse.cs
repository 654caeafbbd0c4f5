namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>The preview (<c>dryRun</c>) or the result of a CSV import.</summary>
public sealed record ImportResponse(
    string EditionId,
    bool DryRun,
    ImportCountsResponse Counts,
    IReadOnlyList<ImportMissionResponse> Missions,
    IReadOnlyList<ImportErrorResponse> Errors);
