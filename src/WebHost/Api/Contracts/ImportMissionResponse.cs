namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>A mission of a CSV import; <c>LeadToken</c> is set once it is created (shown this once only).</summary>
public sealed record ImportMissionResponse(
    int Line,
    string Id,
    string Title,
    string AssociationId,
    string AssociationName,
    string LeadName,
    IReadOnlyList<ImportVolunteerResponse> Volunteers,
    string? LeadToken = null);
