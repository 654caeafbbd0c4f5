using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Api;

/// <summary>The admin's hold on links: re-issue a mission's lead token, revoke any token by its public id.</summary>
public static class AccessApi
{
    public static RouteGroupBuilder MapAccessApi(this RouteGroupBuilder api)
    {
        api.MapPost("/editions/{editionId}/missions/{missionId}/lead-token", ReissueLeadToken)
            .RequireRight(Right.Admin, "Only the admin re-issues a lead link.").WithSecretInAnswer();
        api.MapDelete("/editions/{editionId}/tokens/{tokenId}", RevokeToken).RequireRight(Right.Admin, "Only the admin revokes links.");
        return api;
    }

    private static Task<Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult>> ReissueLeadToken(
        [AsParameters] MissionRoute route, IGrainFactory grains, TokenIssuer issuer) =>
        MissionLinks.Issue(AccessRole.TeamLead, route, grains, issuer);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RevokeToken(
        [AsParameters] TokenRoute route, IGrainFactory grains) =>
        await grains.GetGrain<IAccessRegistryGrain>(route.EditionId).Revoke(route.TokenId)
            ? TypedResults.NoContent()
            : ApiResults.NotFound($"Edition '{route.EditionId}' issued no token '{route.TokenId}'.");
}
