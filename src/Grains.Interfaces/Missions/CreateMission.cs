namespace Orchestrator.Grains.Interfaces.Missions;

/// <param name="Milestones">Null or empty: the default list of the edition's format.</param>
[GenerateSerializer, Immutable]
public sealed record CreateMission(
    [property: Id(0)] string Title,
    [property: Id(1)] AssociationRef Association,
    [property: Id(2)] string LeadName,
    [property: Id(3)] IReadOnlyList<MilestoneDefinition>? Milestones);
