using Orchestrator.Grains.Domain.Impact;
using Orchestrator.Grains.Domain.Survey;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Impact;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Tests.Domain.Impact;

public sealed class ImpactTallyTests
{
    private static readonly EditionInfo Factory = new(
        "factory-2018", "Probono Factory 2018", "Paris La Défense", EditionFormat.Factory, "Europe/Paris",
        [new EventDayInfo(new DateOnly(2018, 11, 14), "Jour 1"), new EventDayInfo(new DateOnly(2018, 11, 15), "Jour 2", new TimeOnly(9, 0), new TimeOnly(16, 30))],
        DateTimeOffset.UnixEpoch);

    private static readonly SurveySummary NoSurvey = SurveyTally.Summarise(SurveyStatus.Open, [], new Dictionary<string, SurveyResponse>());

    private static MissionDetail Mission(string id, string association, int done, int total, int deliverables, params string[] companies) => new(
        Factory.Id, id, $"Mission {id}", new AssociationRef(association, $"Asso {association}", null), "Lead",
        Enumerable.Range(0, total).Select(i => new Milestone($"s{i}", $"Step {i}", i < done ? MilestoneStatus.Done : MilestoneStatus.Todo, null, null)).ToList(),
        companies.Select((c, i) => new Volunteer($"v{i}", $"Volunteer {i}", c, false, false, DateTimeOffset.UnixEpoch)).ToList(),
        [],
        Enumerable.Range(0, deliverables).Select(i => new Deliverable($"d{i}", $"Livrable {i}", null, DateTimeOffset.UnixEpoch)).ToList(),
        total == 0 ? 0 : done * 100 / total, MissionHealth.OnTrack, 1, DateTimeOffset.UnixEpoch, 1);

    private static readonly MissionDetail[] Missions =
    [
        Mission("drenche", "le-drenche", 5, 5, 2, "Mazars", "EY", "Mazars"),
        Mission("auxilia-1", "auxilia", 2, 5, 1, "mazars ", "Thales"),
        Mission("auxilia-2", "auxilia", 0, 0, 0),
    ];

    [Fact]
    public void Report_CountsAndHours_VolunteersTimesWorkingHours()
    {
        var report = ImpactTally.Compute(Factory, Missions, NoSurvey, ImpactSettings.None);

        Assert.Equal(16.5m, report.WorkingHours);
        Assert.Equal((5, 3, 2, 3, 1, 3), (report.Volunteers, report.Companies, report.Associations, report.Missions, report.MissionsCompleted, report.Deliverables));
        Assert.Equal(5 * 16.5m, report.HoursGiven);
        Assert.Equal(
            [new CompanyImpact("Mazars", 3, 3 * 16.5m, null), new CompanyImpact("EY", 1, 16.5m, null), new CompanyImpact("Thales", 1, 16.5m, null)],
            report.ByCompany);
        Assert.Equal(["auxilia-1", "auxilia-2", "drenche"], report.ByMission.Select(m => m.MissionId));
        var drenche = report.ByMission[2];
        Assert.Equal((3, 49.5m, true, 2), (drenche.Volunteers, drenche.Hours, drenche.Completed, drenche.Deliverables));
        Assert.Equal(["EY", "Mazars"], drenche.Companies);
        Assert.False(report.ByMission[1].Completed); // no milestone: nothing to complete
    }

    [Fact]
    public void Report_WithoutHourlyValue_GivesNoValue_NotZero()
    {
        var report = ImpactTally.Compute(Factory, Missions, NoSurvey, ImpactSettings.None);

        Assert.Null(report.Settings.HourlyValue);
        Assert.Null(report.ValueGiven);
        Assert.All(report.ByCompany, c => Assert.Null(c.Value));
        Assert.All(report.ByMission, m => Assert.Null(m.Value));
    }

    [Fact]
    public void Report_WithHourlyValue_ValueIsHoursTimesRate_ToTheCent()
    {
        var report = ImpactTally.Compute(Factory, Missions, NoSurvey, new ImpactSettings(37.333m, "EUR"));

        Assert.Equal(Math.Round(82.5m * 37.333m, 2, MidpointRounding.AwayFromZero), report.ValueGiven);
        Assert.Equal(3079.97m, report.ValueGiven);
        Assert.Equal(1847.98m, report.ByCompany[0].Value); // 49.5 h × 37.333
        Assert.Equal("EUR", report.Settings.Currency);
    }

    [Fact]
    public void Report_OfAnEmptyEdition_IsZeros_AndCarriesTheSurvey()
    {
        var survey = SurveyTally.Summarise(
            SurveyStatus.Open,
            [new Respondent("a", SurveyRole.Company, null, null, null, "t", DateTimeOffset.UnixEpoch), new Respondent("b", SurveyRole.Company, null, null, null, "t", DateTimeOffset.UnixEpoch)],
            new Dictionary<string, SurveyResponse> { ["a"] = new("a", new SurveyAnswers(10, 5, null), DateTimeOffset.UnixEpoch) });

        var report = ImpactTally.Compute(Factory, [], survey, ImpactSettings.None);

        Assert.Equal((0, 0, 0m), (report.Volunteers, report.Missions, report.HoursGiven));
        Assert.Empty(report.ByCompany);
        Assert.Equal(100m, report.Nps);
        Assert.Equal(50m, report.ResponseRate);
    }
}
