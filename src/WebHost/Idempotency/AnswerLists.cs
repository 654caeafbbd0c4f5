using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Requests;

namespace Orchestrator.WebHost.Idempotency;

/// <summary>
/// The keys of the <see cref="IMissionAnswersGrain"/> lists that hold recorded answers naming a person: a mission's
/// (its members and lead) and a survey respondent's own (their answers and comment). A respondent's key has a ':'
/// no slug holds, so it never meets a mission's.
/// </summary>
internal static class AnswerLists
{
    public static string Mission(string editionId, string missionId) => MissionKey.For(editionId, missionId);

    public static string Respondent(string editionId, string respondentId) => $"{editionId}/respondent:{respondentId}";
}
