namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>One mission of an association, in whichever edition it was.</summary>
public sealed record AssociationMissionResponse(
    string EditionId, string EditionTitle, string Territory, string? FirstDay, string MissionId, string Title,
    int Volunteers, int Progress, bool Completed, int Deliverables, IReadOnlyList<string> DeliverableTitles);
