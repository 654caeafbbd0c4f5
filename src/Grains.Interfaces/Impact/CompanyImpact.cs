namespace Orchestrator.Grains.Interfaces.Impact;

[GenerateSerializer, Immutable]
public sealed record CompanyImpact(
    [property: Id(0)] string Company,
    [property: Id(1)] int Volunteers,
    [property: Id(2)] decimal Hours,
    [property: Id(3)] decimal? Value);
