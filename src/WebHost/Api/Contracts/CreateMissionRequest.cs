namespace Orchestrator.WebHost.Api.Contracts;

public sealed record CreateMissionRequest(
    string? Id, string? Title, AssociationRequest? Association, LeadRequest? Lead, IReadOnlyList<MilestoneRequest>? Milestones);
