namespace Orchestrator.Grains.Interfaces.Impact;

/// <summary>One mission's outcome in the report.</summary>
[GenerateSerializer, Immutable]
public sealed record MissionImpact(
    [property: Id(0)] string MissionId,
    [property: Id(1)] string Title,
    [property: Id(2)] string AssociationId,
    [property: Id(3)] string AssociationName,
    [property: Id(4)] int Volunteers,
    [property: Id(5)] IReadOnlyList<string> Companies,
    [property: Id(6)] decimal Hours,
    [property: Id(7)] decimal? Value,
    [property: Id(8)] int Progress,
    [property: Id(9)] int MilestonesDone,
    [property: Id(10)] int MilestonesTotal,
    [property: Id(11)] bool Completed,
    [property: Id(12)] int Deliverables,
    [property: Id(13)] IReadOnlyList<string> DeliverableTitles);
