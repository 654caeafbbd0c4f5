using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>Hands out a link (lead or team token) for an existing mission; the route's right is checked before.</summary>
internal static class MissionLinks
{
    public static async Task<Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult>> Issue(
        AccessRole role, MissionRoute route, IGrainFactory grains, TokenIssuer issuer)
    {
        if (await route.Grain(grains).Get() is null)
        {
            return ApiResults.NotFound($"Mission '{route.MissionId}' does not exist in edition '{route.EditionId}'.");
        }

        var (token, grant) = await issuer.Issue(role, route.EditionId, route.MissionId);
        return TypedResults.Created(route.Location, new TokenResponse(token, grant.TokenId));
    }
}
