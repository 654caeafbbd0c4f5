namespace Orchestrator.WebHost.Api.Contracts;

public sealed record MissionSummaryResponse(
    string Id,
    string Title,
    string AssociationId,
    string AssociationName,
    int Progress,
    string Health,
    long Version,
    DateTimeOffset LastUpdateAt,
    int MilestonesDone,
    int MilestonesTotal,
    int Volunteers,
    int OpenHelpRequests,
    string? CurrentMilestone,
    int Deliverables,
    int CheckedIn);
