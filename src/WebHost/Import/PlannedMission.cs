namespace Orchestrator.WebHost.Import;

/// <summary>A mission the import creates, with its team; <c>Line</c> is the first line that names it.</summary>
public sealed record PlannedMission(
    int Line,
    string Id,
    string Title,
    string AssociationId,
    string AssociationName,
    string LeadName,
    IReadOnlyList<PlannedVolunteer> Volunteers);
