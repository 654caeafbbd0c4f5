using Orchestrator.Grains.Domain.Survey;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Survey;

internal sealed class SurveyGrain(
    [PersistentState("survey", StorageNames.Orchestrator)] IPersistentState<SurveyState> state,
    EventClock time) : Grain, ISurveyGrain
{
    private bool _editionExists;

    private string EditionId => this.GetPrimaryKeyString();

    public async Task<IReadOnlyList<InvitationCandidate>> Candidates()
    {
        var snapshot = await Edition.GetSnapshot() ?? throw EditionNotFound();
        var missions = await Task.WhenAll(snapshot.Missions.Select(m => GrainFactory.GetGrain<IMissionGrain>(MissionKey.For(EditionId, m.Id)).Get()));
        var invited = state.State.Respondents.Select(r => r.Source).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return EditionInvitations.Candidates(missions.OfType<MissionDetail>(), invited);
    }

    public async Task<IReadOnlyList<Respondent>> Invite(IReadOnlyList<NewRespondent> respondents)
    {
        await RequireEdition();
        var ids = state.State.Respondents.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var sources = state.State.Respondents.Select(r => r.Source).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var added = new List<Respondent>(respondents.Count);
        foreach (var r in respondents)
        {
            if (!ids.Add(r.Id))
            {
                throw DomainRuleException.Conflict($"Respondent '{r.Id}' is already invited.");
            }

            if (r.Source is null || sources.Add(r.Source))
            {
                added.Add(new Respondent(r.Id, r.Role, r.Name, r.MissionId, r.Source, r.TokenId, time.Now));
            }
        }

        if (added.Count > 0)
        {
            state.State.Respondents.AddRange(added);
            await Commit();
        }

        return added;
    }

    public Task<RespondentForm> GetForm(string respondentId) => Task.FromResult(Form(Find(respondentId)));

    public async Task<RespondentForm> Answer(string respondentId, SurveyAnswers answers)
    {
        var respondent = Find(respondentId);
        if (state.State.Status == SurveyStatus.Closed)
        {
            throw DomainRuleException.Conflict("The survey is closed: answers can no longer change.");
        }

        var errors = SurveyAnswerRules.Check(answers, QuestionsFor(respondent.Role));
        if (errors.Count > 0)
        {
            throw DomainRuleException.Invalid(string.Join(" ", errors.Select(e => e.Message)));
        }

        state.State.Responses[respondent.Id] = new SurveyResponse(respondent.Id, answers, time.Now);
        await Commit();
        return Form(respondent);
    }

    public async Task<IReadOnlyList<SurveyQuestion>> SetQuestions(SurveyRole role, IReadOnlyList<SurveyQuestion> questions)
    {
        await RequireEdition();
        var errors = SurveyQuestionRules.Check(questions);
        if (errors.Count > 0)
        {
            throw DomainRuleException.Invalid(string.Join(" ", errors.Select(e => e.Message)));
        }

        state.State.Questions[role] = questions.ToList();
        await this.WriteOrDeactivateAsync(state);
        return questions;
    }

    public Task<IReadOnlyDictionary<SurveyRole, IReadOnlyList<SurveyQuestion>>> GetQuestions() =>
        Task.FromResult<IReadOnlyDictionary<SurveyRole, IReadOnlyList<SurveyQuestion>>>(
            Enum.GetValues<SurveyRole>().ToDictionary(r => r, QuestionsFor));

    public async Task<SurveySummary> SetStatus(SurveyStatus status)
    {
        await RequireEdition();
        if (state.State.Status != status)
        {
            state.State.Status = status;
            await Commit();
        }

        return Summary();
    }

    public Task<SurveySummary> GetSummary() => Task.FromResult(Summary());

    public Task<IReadOnlyList<RespondentRecord>> GetRecords() =>
        Task.FromResult<IReadOnlyList<RespondentRecord>>(state.State.Respondents
            .Select(r => new RespondentRecord(r, state.State.Responses.GetValueOrDefault(r.Id)))
            .ToList());

    public Task<Respondent?> Erase(string respondentId) =>
        EraseWhere(r => r.Id == respondentId);

    public Task<Respondent?> EraseMember(string missionId, string memberId)
    {
        var source = EditionInvitations.MemberSource(missionId, memberId);
        return EraseWhere(r => r.Source == source);
    }

    private async Task<Respondent?> EraseWhere(Func<Respondent, bool> match)
    {
        var respondent = state.State.Respondents.FirstOrDefault(match);
        if (respondent is null)
        {
            return null;
        }

        state.State.Respondents.Remove(respondent);
        state.State.Responses.Remove(respondent.Id);
        await Commit();
        return respondent;
    }

    private IEditionGrain Edition => GrainFactory.GetGrain<IEditionGrain>(EditionId);

    private Respondent Find(string respondentId) =>
        state.State.Respondents.FirstOrDefault(r => r.Id == respondentId)
        ?? throw DomainRuleException.NotFound($"Respondent '{respondentId}' is not invited to the survey of edition '{EditionId}'.");

    private IReadOnlyList<SurveyQuestion> QuestionsFor(SurveyRole role) =>
        state.State.Questions.TryGetValue(role, out var questions) ? questions.ToList() : [];

    private RespondentForm Form(Respondent respondent) => new(
        EditionId, respondent.Id, respondent.Role, state.State.Status, QuestionsFor(respondent.Role), state.State.Responses.GetValueOrDefault(respondent.Id));

    private SurveySummary Summary() => SurveyTally.Summarise(state.State.Status, state.State.Respondents, state.State.Responses);

    /// <summary>Stores the change, then tells the edition the new counts: it versions them and sends them to the screens.</summary>
    private async Task Commit()
    {
        await this.WriteOrDeactivateAsync(state);
        await Edition.RecordSurveyChange(Summary());
    }

    private async Task RequireEdition()
    {
        _editionExists = _editionExists || await Edition.GetInfo() is not null;
        if (!_editionExists)
        {
            throw EditionNotFound();
        }
    }

    private DomainRuleException EditionNotFound() => DomainRuleException.EditionNotFound(EditionId);
}
