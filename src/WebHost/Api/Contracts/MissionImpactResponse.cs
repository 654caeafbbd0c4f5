namespace Orchestrator.WebHost.Api.Contracts;

public sealed record MissionImpactResponse(
    string MissionId,
    string Title,
    string AssociationId,
    string Association,
    int Volunteers,
    IReadOnlyList<string> Companies,
    decimal Hours,
    decimal? Value,
    int Progress,
    int MilestonesDone,
    int MilestonesTotal,
    bool Completed,
    int Deliverables,
    IReadOnlyList<string> DeliverableTitles);
