using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>
/// An edition's satisfaction survey (keyed by edition id): who is invited, their answers, the questions
/// the organiser added per role, open or closed. Every change reports the new counts to the edition,
/// which gives it a version and sends it to the screens; names and comments never leave this grain
/// except to the admin's routes.
/// </summary>
public interface ISurveyGrain : IGrainWithStringKey
{
    /// <summary>The edition's members, associations and companies not invited yet (unknown edition: not found).</summary>
    Task<IReadOnlyList<InvitationCandidate>> Candidates();

    /// <summary>Adds respondents; one whose <see cref="NewRespondent.Source"/> is already invited is skipped. Returns those added.</summary>
    Task<IReadOnlyList<Respondent>> Invite(IReadOnlyList<NewRespondent> respondents);

    [ReadOnly]
    Task<RespondentForm> GetForm(string respondentId);

    /// <summary>Records (or replaces) a respondent's answer while the survey is open.</summary>
    Task<RespondentForm> Answer(string respondentId, SurveyAnswers answers);

    /// <summary>Replaces the questions added for one role.</summary>
    Task<IReadOnlyList<SurveyQuestion>> SetQuestions(SurveyRole role, IReadOnlyList<SurveyQuestion> questions);

    [ReadOnly]
    Task<IReadOnlyDictionary<SurveyRole, IReadOnlyList<SurveyQuestion>>> GetQuestions();

    Task<SurveySummary> SetStatus(SurveyStatus status);

    [ReadOnly]
    Task<SurveySummary> GetSummary();

    /// <summary>Every respondent with their answer, in invitation order (personal data: the admin's).</summary>
    [ReadOnly]
    Task<IReadOnlyList<RespondentRecord>> GetRecords();

    /// <summary>Erases a respondent and their answer (personal data); returns them so their token can be revoked, null if unknown.</summary>
    Task<Respondent?> Erase(string respondentId);

    /// <summary>Erases the respondent invited for a mission member, if any (the member was erased).</summary>
    Task<Respondent?> EraseMember(string missionId, string memberId);
}
