using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>Hands out a link (lead or team token) for an existing mission, once the caller's right is checked.</summary>
internal static class MissionLinks
{
    public static async Task<Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult>> Issue(
        AccessRole role, string editionId, string missionId, IGrainFactory grains, TokenIssuer issuer)
    {
        var rules = new InputRules().Slug("editionId", editionId).Slug("missionId", missionId);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        if (await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId)).Get() is null)
        {
            return ApiResults.NotFound($"Mission '{missionId}' does not exist in edition '{editionId}'.");
        }

        var (token, grant) = await issuer.Issue(role, editionId, missionId);
        return TypedResults.Created($"/api/editions/{editionId}/missions/{missionId}", new TokenResponse(token, grant.TokenId));
    }
}
