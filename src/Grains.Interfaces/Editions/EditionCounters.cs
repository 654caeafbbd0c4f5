namespace Orchestrator.Grains.Interfaces.Editions;

[GenerateSerializer, Immutable]
public sealed record EditionCounters(
    [property: Id(0)] int Missions,
    [property: Id(1)] int Associations,
    [property: Id(2)] int Volunteers,
    [property: Id(3)] int Companies,
    [property: Id(4)] int MilestonesDone,
    [property: Id(5)] int MilestonesTotal,
    [property: Id(6)] int MissionsCompleted)
{
    public static EditionCounters Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);
}
