using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class SurveyGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Candidates_FromTheEdition_ThenInvite_AgainAddsOnlyNewcomers()
    {
        var (editionId, _) = await NewEdition();
        var mission = fixture.Grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, "drenche"));
        await mission.AddMember(new NewVolunteer("Jihane", "Mazars", false), null);
        await mission.AddMember(new NewVolunteer("Paul", "EY", true), null);
        var survey = fixture.Grains.GetGrain<ISurveyGrain>(editionId);

        var candidates = await survey.Candidates();
        var added = await survey.Invite(Invitations(candidates));
        await mission.AddMember(new NewVolunteer("Léa", "Mazars", false), null);
        var again = await survey.Candidates();

        Assert.Equal(5, added.Count); // 2 volunteers, 1 association, 2 companies
        Assert.Equal(["Léa"], again.Select(c => c.Name));
        var replayed = await survey.Invite(Invitations(candidates, idPrefix: "again"));
        Assert.Empty(replayed);
        Assert.Equal(5, (await survey.GetSummary()).Invited);
    }

    [Fact]
    public async Task Answer_ReplacesTheRespondentsAnswer_AndPublishesCountsWithANewVersion()
    {
        var probe = await LiveProbe.Register(fixture.Cluster);
        var (editionId, edition) = await NewEdition();
        var survey = fixture.Grains.GetGrain<ISurveyGrain>(editionId);
        await survey.Invite([Hand("r1", SurveyRole.Volunteer), Hand("r2", SurveyRole.Company)]);
        var before = (await edition.GetSnapshot())!.Version;

        await survey.Answer("r1", new SurveyAnswers(3, 2, "Trop long"));
        var form = await survey.Answer("r1", new SurveyAnswers(10, 5, "Finalement génial"));

        Assert.Equal(new SurveyAnswers(10, 5, "Finalement génial"), form.Response!.Answers);
        var summary = await survey.GetSummary();
        Assert.Equal((2, 1, 100m), (summary.Invited, summary.Responded, summary.Nps));
        Assert.Equal(before + 2, (await edition.GetSnapshot())!.Version);
        var published = await probe.WaitFor(e => e.EditionId == editionId && e.Kind == EditionEventKind.SurveyChanged && e.Version == before + 2);
        Assert.Equal(100m, published.Survey!.ByRole[SurveyRole.Volunteer].Nps);
    }

    [Fact]
    public async Task Answer_Invalid_OrUnknown_OrClosed_IsRefused_AndChangesNothing()
    {
        var (editionId, _) = await NewEdition();
        var survey = fixture.Grains.GetGrain<ISurveyGrain>(editionId);
        await survey.Invite([Hand("r1", SurveyRole.Association)]);
        await survey.SetQuestions(SurveyRole.Association, [new SurveyQuestion("reuse", QuestionKind.Scale, "Réutiliserez-vous le livrable ?", Min: 1, Max: 4, Required: true)]);
        await survey.Answer("r1", new SurveyAnswers(8, 4, null, new Dictionary<string, string> { ["reuse"] = "3" }));

        var invalid = await Assert.ThrowsAsync<DomainRuleException>(() => survey.Answer("r1", new SurveyAnswers(11, 4, null, new Dictionary<string, string> { ["reuse"] = "3" })));
        var missing = await Assert.ThrowsAsync<DomainRuleException>(() => survey.Answer("r1", new SurveyAnswers(9, 4, null)));
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => survey.Answer("nobody", new SurveyAnswers(9, 4, null)));
        await survey.SetStatus(SurveyStatus.Closed);
        var closed = await Assert.ThrowsAsync<DomainRuleException>(() => survey.Answer("r1", new SurveyAnswers(9, 4, null, new Dictionary<string, string> { ["reuse"] = "3" })));

        Assert.Equal((DomainRuleKind.Invalid, DomainRuleKind.Invalid, DomainRuleKind.NotFound, DomainRuleKind.Conflict), (invalid.Kind, missing.Kind, unknown.Kind, closed.Kind));
        var form = await survey.GetForm("r1");
        Assert.Equal(8, form.Response!.Answers.Nps);
        Assert.Equal(SurveyStatus.Closed, form.Status);
    }

    [Fact]
    public async Task Erase_RemovesTheRespondentAndTheirAnswer_FromEveryFigure()
    {
        var (editionId, _) = await NewEdition();
        var mission = fixture.Grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, "drenche"));
        var member = (await mission.AddMember(new NewVolunteer("Jihane", "Mazars", false), null)).Members.Single();
        var survey = fixture.Grains.GetGrain<ISurveyGrain>(editionId);
        var invited = await survey.Invite(Invitations(await survey.Candidates()));
        var jihane = invited.Single(r => r.Role == SurveyRole.Volunteer);
        await survey.Answer(jihane.Id, new SurveyAnswers(0, 1, "Mon nom est Jihane"));

        var erased = await survey.EraseMember("drenche", member.Id);

        Assert.Equal(jihane.TokenId, erased!.TokenId);
        var records = await survey.GetRecords();
        Assert.DoesNotContain(records, r => r.Respondent.Id == jihane.Id);
        Assert.DoesNotContain(records, r => r.Response?.Answers.Comment?.Contains("Jihane", StringComparison.Ordinal) == true);
        Assert.Equal((2, 0), ((await survey.GetSummary()).Invited, (await survey.GetSummary()).Responded));
        Assert.Null(await survey.Erase(jihane.Id));
        await Assert.ThrowsAsync<DomainRuleException>(() => survey.GetForm(jihane.Id));
    }

    [Fact]
    public async Task Survey_OfAnUnknownEdition_IsNotFound()
    {
        var survey = fixture.Grains.GetGrain<ISurveyGrain>(Ids.New("nowhere"));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => survey.Invite([Hand("r1", SurveyRole.Volunteer)]));

        Assert.Equal(DomainRuleKind.NotFound, refused.Kind);
        Assert.Equal(0, (await survey.GetSummary()).Invited);
    }

    private static NewRespondent Hand(string id, SurveyRole role) => new(id, role, null, null, null, $"token-{id}");

    private static List<NewRespondent> Invitations(IEnumerable<InvitationCandidate> candidates, string idPrefix = "r") =>
        candidates.Select((c, i) => new NewRespondent($"{idPrefix}{i}", c.Role, c.Name, c.MissionId, c.Source, $"token-{idPrefix}{i}")).ToList();

    private async Task<(string EditionId, IEditionGrain Edition)> NewEdition()
    {
        var editionId = Ids.New("survey");
        var edition = fixture.Grains.GetGrain<IEditionGrain>(editionId);
        await edition.Create(Sample.Factory());
        await fixture.Grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, "drenche")).Create(Sample.Mission());
        return (editionId, edition);
    }
}
