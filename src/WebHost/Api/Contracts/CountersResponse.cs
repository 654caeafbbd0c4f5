namespace Orchestrator.WebHost.Api.Contracts;

public sealed record CountersResponse(
    int Missions, int Associations, int Volunteers, int Companies, int MilestonesDone, int MilestonesTotal, int MissionsCompleted);
