using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Impact;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ImpactGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Report_GathersMissionsAndSurvey_ValueOnlyOnceARateIsSet()
    {
        var editionId = Ids.New("impact");
        await fixture.Grains.GetGrain<IEditionGrain>(editionId).Create(Sample.Factory());
        var drenche = fixture.Grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, "drenche"));
        await drenche.Create(Sample.Mission());
        await drenche.AddMember(new NewVolunteer("Jihane", "Mazars", false), null);
        await drenche.AddMember(new NewVolunteer("Paul", "EY", false), null);
        await drenche.AddDeliverable("Plaquette commerciale", null, null);
        await fixture.Grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, "auxilia")).Create(Sample.Mission("auxilia"));
        var survey = fixture.Grains.GetGrain<ISurveyGrain>(editionId);
        await survey.Invite([new NewRespondent("r1", SurveyRole.Company, "Mazars", null, null, "t1"), new NewRespondent("r2", SurveyRole.Company, "EY", null, null, "t2")]);
        await survey.Answer("r1", new SurveyAnswers(9, 5, null));
        var impact = fixture.Grains.GetGrain<IImpactGrain>(editionId);

        var before = await impact.GetReport();
        await impact.SetSettings(new ImpactSettings(40m, "EUR"));
        var after = await impact.GetReport();

        Assert.Equal((2, 2, 2, 2, 1), (before.Volunteers, before.Companies, before.Associations, before.Missions, before.Deliverables));
        Assert.Equal(18m, before.WorkingHours); // two default days, 09:00–18:00
        Assert.Equal(36m, before.HoursGiven);
        Assert.Null(before.ValueGiven);
        Assert.Equal((100m, 50m), (before.Nps, before.ResponseRate));
        Assert.Equal(1440m, after.ValueGiven);
        Assert.Equal("EUR", after.Settings.Currency);
        Assert.Equal(["auxilia", "drenche"], after.ByMission.Select(m => m.MissionId));
        Assert.Equal(["Plaquette commerciale"], after.ByMission[1].DeliverableTitles);
    }

    [Fact]
    public async Task Report_OfAnUnknownEdition_IsNotFound()
    {
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => fixture.Grains.GetGrain<IImpactGrain>(Ids.New("nowhere")).GetReport());
        Assert.Equal(DomainRuleKind.NotFound, refused.Kind);
    }
}
