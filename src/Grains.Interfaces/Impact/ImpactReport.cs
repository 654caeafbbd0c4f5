using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Interfaces.Impact;

/// <summary>
/// What an edition gave and what came of it. <see cref="HoursGiven"/> = volunteers × the edition's working
/// hours; <see cref="ValueGiven"/> is null while no hourly value is set (never guessed).
/// <see cref="ResponseRate"/> is a percent of those invited (null when nobody is).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ImpactReport(
    [property: Id(0)] EditionInfo Edition,
    [property: Id(1)] int Volunteers,
    [property: Id(2)] int Companies,
    [property: Id(3)] int Associations,
    [property: Id(4)] int Missions,
    [property: Id(5)] int MissionsCompleted,
    [property: Id(6)] int Deliverables,
    [property: Id(7)] decimal WorkingHours,
    [property: Id(8)] decimal HoursGiven,
    [property: Id(9)] ImpactSettings Settings,
    [property: Id(10)] decimal? ValueGiven,
    [property: Id(11)] decimal? Nps,
    [property: Id(12)] decimal? ResponseRate,
    [property: Id(13)] SurveySummary Survey,
    [property: Id(14)] IReadOnlyList<CompanyImpact> ByCompany,
    [property: Id(15)] IReadOnlyList<MissionImpact> ByMission);
