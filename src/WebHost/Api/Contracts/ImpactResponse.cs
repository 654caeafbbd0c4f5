namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>
/// The impact report. <c>hoursGiven</c> = volunteers × <c>workingHours</c> (each day's end − start);
/// <c>valueGiven</c> = hours × <c>hourlyValue</c>, both null while no value is set (<c>hourlyValueSet</c> false):
/// the report says so rather than guess. <c>responseRate</c> is a percent of those invited.
/// </summary>
public sealed record ImpactResponse(
    string EditionId,
    string Title,
    string Territory,
    string Format,
    IReadOnlyList<EventDayResponse> Days,
    int Volunteers,
    int Companies,
    int Associations,
    int Missions,
    int MissionsCompleted,
    int Deliverables,
    decimal WorkingHours,
    decimal HoursGiven,
    bool HourlyValueSet,
    decimal? HourlyValue,
    decimal? ValueGiven,
    string? Currency,
    decimal? Nps,
    decimal? ResponseRate,
    SurveySummaryResponse Survey,
    IReadOnlyList<CompanyImpactResponse> ByCompany,
    IReadOnlyList<MissionImpactResponse> ByMission);
