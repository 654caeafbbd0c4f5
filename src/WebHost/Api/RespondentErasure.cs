using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// Respondents' personal data follow volunteers' rules: erasing a respondent (or the volunteer they were
/// invited as) removes their name and answer from the survey, revokes their link (its live connections close), and
/// purges the recorded answers of their keyed requests (<see cref="AnswerLists.Respondent"/>), which held their answer.
/// </summary>
internal static class RespondentErasure
{
    public static async Task<bool> Erase(string editionId, string respondentId, IGrainFactory grains) =>
        await Revoke(editionId, await grains.GetGrain<ISurveyGrain>(editionId).Erase(respondentId), grains);

    public static async Task EraseMember(string editionId, string missionId, string memberId, IGrainFactory grains) =>
        await Revoke(editionId, await grains.GetGrain<ISurveyGrain>(editionId).EraseMember(missionId, memberId), grains);

    private static async Task<bool> Revoke(string editionId, Respondent? erased, IGrainFactory grains)
    {
        if (erased is null)
        {
            return false;
        }

        await grains.GetGrain<IAccessRegistryGrain>(editionId).Revoke(erased.TokenId);
        await grains.GetGrain<IMissionAnswersGrain>(AnswerLists.Respondent(editionId, erased.Id)).Purge();
        return true;
    }
}
