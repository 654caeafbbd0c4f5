using Orchestrator.Grains.Interfaces.Impact;
using Orchestrator.WebHost.Api.Contracts;

namespace Orchestrator.WebHost.Api;

/// <summary>Impact grain messages to JSON contracts.</summary>
public static class ImpactMapping
{
    public static ImpactResponse ToResponse(this ImpactReport r) => new(
        r.Edition.Id,
        r.Edition.Title,
        r.Edition.Territory,
        WireNames.Of(r.Edition.Format),
        r.Edition.Days.Select(d => d.ToResponse()).ToList(),
        r.Volunteers,
        r.Companies,
        r.Associations,
        r.Missions,
        r.MissionsCompleted,
        r.Deliverables,
        r.WorkingHours,
        r.HoursGiven,
        r.Settings.HourlyValue is not null,
        r.Settings.HourlyValue,
        r.ValueGiven,
        r.Settings.Currency,
        r.Nps,
        r.ResponseRate,
        r.Survey.ToResponse(r.Edition.Id),
        r.ByCompany.Select(c => new CompanyImpactResponse(c.Company, c.Volunteers, c.Hours, c.Value)).ToList(),
        r.ByMission.Select(m => new MissionImpactResponse(
            m.MissionId, m.Title, m.AssociationId, m.AssociationName, m.Volunteers, m.Companies, m.Hours, m.Value,
            m.Progress, m.MilestonesDone, m.MilestonesTotal, m.Completed, m.Deliverables, m.DeliverableTitles)).ToList());

    public static ImpactSettingsResponse ToResponse(this ImpactSettings s, string editionId) => new(editionId, s.HourlyValue, s.Currency);
}
