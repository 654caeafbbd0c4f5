using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>Hands out a link (lead or team token) for an existing mission; the route's right is checked before.</summary>
internal static class MissionLinks
{
    /// <param name="caller">Who asks: a lead's team links are recorded as theirs, so re-issuing the lead link revokes them.</param>
    /// <param name="keepTeamLinks">For a lead link: keep the team links the previous lead link handed out.</param>
    public static async Task<Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult>> Issue(
        AccessRole role, MissionRoute route, Caller caller, IGrainFactory grains, TokenIssuer issuer, bool keepTeamLinks = false)
    {
        if (await route.Grain(grains).Get() is null)
        {
            return ApiResults.MissionNotFound(route.EditionId, route.MissionId);
        }

        var issuedBy = caller.Role == CallerRole.TeamLead ? caller.TokenId : null;
        var (token, grant) = await issuer.Issue(role, route.EditionId, route.MissionId, issuedBy: issuedBy, keepTeamLinks: keepTeamLinks);
        return TypedResults.Created(route.Location, new TokenResponse(token, grant.TokenId));
    }
}
