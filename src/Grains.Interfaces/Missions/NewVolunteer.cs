namespace Orchestrator.Grains.Interfaces.Missions;

[GenerateSerializer, Immutable]
public sealed record NewVolunteer(
    [property: Id(0)] string Name,
    [property: Id(1)] string Company,
    [property: Id(2)] bool Remote);
