using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Impact;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Domain.Impact;

/// <summary>
/// The impact report from the edition's missions and survey: hours given = volunteers × the edition's
/// working hours (per mission and per company the same way), their value = hours × the hourly value
/// when the organiser set one, rounded to the cent; without one, no value at all.
/// </summary>
public static class ImpactTally
{
    public static ImpactReport Compute(EditionInfo edition, IReadOnlyCollection<MissionDetail> missions, SurveySummary survey, ImpactSettings settings)
    {
        var hours = WorkingHours.Of(edition.Days);
        var byMission = missions
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => Mission(m, hours, settings))
            .ToList();
        var byCompany = CompanyNames.Group(missions.SelectMany(m => m.Members).Select(v => v.Company))
            .Select(c => new CompanyImpact(c.Company, c.Count, c.Count * hours, Value(c.Count * hours, settings)))
            .OrderByDescending(c => c.Volunteers)
            .ThenBy(c => c.Company, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var volunteers = byMission.Sum(m => m.Volunteers);
        var hoursGiven = volunteers * hours;
        return new ImpactReport(
            edition,
            volunteers,
            byCompany.Count,
            missions.Select(m => m.Association.Id).Distinct(StringComparer.Ordinal).Count(),
            byMission.Count,
            byMission.Count(m => m.Completed),
            byMission.Sum(m => m.Deliverables),
            hours,
            hoursGiven,
            settings,
            Value(hoursGiven, settings),
            survey.Nps,
            survey.ResponseRate,
            survey,
            byCompany,
            byMission);
    }

    public static decimal? Value(decimal hours, ImpactSettings settings) =>
        settings.HourlyValue is { } rate ? Math.Round(hours * rate, 2, MidpointRounding.AwayFromZero) : null;

    private static MissionImpact Mission(MissionDetail m, decimal hours, ImpactSettings settings)
    {
        var done = m.Milestones.Count(s => s.Status == MilestoneStatus.Done);
        var missionHours = m.Members.Count * hours;
        return new MissionImpact(
            m.Id,
            m.Title,
            m.Association.Id,
            m.Association.Name,
            m.Members.Count,
            CompanyNames.Group(m.Members.Select(v => v.Company)).Select(c => c.Company).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            missionHours,
            Value(missionHours, settings),
            m.Progress,
            done,
            m.Milestones.Count,
            MissionSummary.IsComplete(done, m.Milestones.Count),
            m.Deliverables.Count,
            m.Deliverables.Select(d => d.Title).ToList());
    }
}
