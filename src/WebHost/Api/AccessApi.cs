using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Api;

/// <summary>The admin's hold on links: re-issue a mission's lead token, revoke any token by its public id.</summary>
public static class AccessApi
{
    public static RouteGroupBuilder MapAccessApi(this RouteGroupBuilder api)
    {
        api.MapPost("/editions/{editionId}/missions/{missionId}/lead-token", ReissueLeadToken).WithSecretInAnswer();
        api.MapDelete("/editions/{editionId}/tokens/{tokenId}", RevokeToken);
        return api;
    }

    private static async Task<Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult>> ReissueLeadToken(
        string editionId, string missionId, HttpContext http, IGrainFactory grains, TokenIssuer issuer)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden("Only the admin re-issues a lead link.");
        }

        return await MissionLinks.Issue(AccessRole.TeamLead, editionId, missionId, grains, issuer);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RevokeToken(
        string editionId, string tokenId, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden("Only the admin revokes links.");
        }

        var rules = new InputRules().Slug("editionId", editionId).Slug("tokenId", tokenId);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        return await grains.GetGrain<IAccessRegistryGrain>(editionId).Revoke(tokenId)
            ? TypedResults.NoContent()
            : ApiResults.NotFound($"Edition '{editionId}' issued no token '{tokenId}'.");
    }
}
