using Orchestrator.Grains.Interfaces.Presence;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// Erasing a volunteer (a member, or the lead's name) erases them everywhere the server holds them: the
/// mission, its team presence on every host, the survey invitation made from them (<see cref="RespondentErasure"/>:
/// name, answer, link), and the recorded answers of the mission's keyed requests (a
/// replay must never bring a name back). The answers are purged before the erasure too, so a retried erasure
/// that failed half-way still clears them; and after, for an answer recorded in between. Left open: a
/// respondent whose link revocation failed after the survey erased them is not found again by a retry.
/// </summary>
internal static class Erasure
{
    public static async Task Member(MemberRoute route, IGrainFactory grains)
    {
        var answers = grains.GetGrain<IMissionAnswersGrain>(AnswerLists.Mission(route.Mission.EditionId, route.Mission.MissionId));
        await answers.Purge();

        // Everything that hangs on the member first, the member last: a retry after a failure half-way
        // still finds the member, so it redoes the rest instead of answering 404 with data left behind.
        await grains.GetGrain<IMissionPresenceGrain>(route.Mission.Key).Erase(route.MemberId);
        await RespondentErasure.EraseMember(route.Mission.EditionId, route.Mission.MissionId, route.MemberId, grains);
        await route.Mission.Grain(grains).EraseMember(route.MemberId);
        await answers.Purge();
    }

    /// <returns>False when the lead's name was already erased.</returns>
    public static async Task<bool> Lead(MissionRoute route, IGrainFactory grains)
    {
        var answers = grains.GetGrain<IMissionAnswersGrain>(AnswerLists.Mission(route.EditionId, route.MissionId));
        await answers.Purge();
        var mission = await route.Grain(grains).EraseLead();
        await answers.Purge();
        return !mission.Unchanged;
    }
}
