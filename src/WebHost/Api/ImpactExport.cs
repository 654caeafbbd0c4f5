using Orchestrator.Grains.Interfaces.Impact;
using Orchestrator.WebHost.Export;

namespace Orchestrator.WebHost.Api;

/// <summary>The impact report as sheets: one row per mission, or one per company. Value columns stay empty while no hourly value is set.</summary>
internal static class ImpactExport
{
    public static CsvSheet Missions(ImpactReport report)
    {
        var sheet = new CsvSheet().Header(
            "editionId", "missionId", "title", "associationId", "association", "volunteers", "companies", "hours", "value", "currency",
            "progress", "milestonesDone", "milestonesTotal", "completed", "deliverables", "deliverableTitles");
        foreach (var m in report.ByMission)
        {
            sheet.Text(report.Edition.Id).Text(m.MissionId).Text(m.Title).Text(m.AssociationId).Text(m.AssociationName)
                .Number(m.Volunteers).Text(string.Join("; ", m.Companies)).Number(m.Hours).Number(m.Value).Text(report.Settings.Currency)
                .Number(m.Progress).Number(m.MilestonesDone).Number(m.MilestonesTotal).Text(m.Completed ? "yes" : "no")
                .Number(m.Deliverables).Text(string.Join("; ", m.DeliverableTitles))
                .EndRow();
        }

        return sheet;
    }

    public static CsvSheet Companies(ImpactReport report)
    {
        var sheet = new CsvSheet().Header("editionId", "company", "volunteers", "hours", "value", "currency");
        foreach (var c in report.ByCompany)
        {
            sheet.Text(report.Edition.Id).Text(c.Company).Number(c.Volunteers).Number(c.Hours).Number(c.Value).Text(report.Settings.Currency).EndRow();
        }

        return sheet;
    }
}
