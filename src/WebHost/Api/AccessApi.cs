using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// The admin's hold on links: list every token an edition handed out (team links with the lead who made
/// them), re-issue a mission's lead token (which revokes the old one and, unless <c>keepTeamLinks=true</c>,
/// the team links it handed out), revoke any token by its public id.
/// </summary>
public static class AccessApi
{
    public static RouteGroupBuilder MapAccessApi(this RouteGroupBuilder api)
    {
        api.MapPost("/editions/{editionId}/missions/{missionId}/lead-token", ReissueLeadToken)
            .RequireRight(Right.Admin, "Only the admin re-issues a lead link.").WithSecretInAnswer();
        api.MapGet("/editions/{editionId}/tokens", ListTokens).RequireRight(Right.Admin, "Only the admin lists links.");
        api.MapDelete("/editions/{editionId}/tokens/{tokenId}", RevokeToken).RequireRight(Right.Admin, "Only the admin revokes links.");
        return api;
    }

    private static Task<Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult>> ReissueLeadToken(
        [AsParameters] MissionRoute route, bool? keepTeamLinks, Caller caller, IGrainFactory grains, TokenIssuer issuer) =>
        MissionLinks.Issue(AccessRole.TeamLead, route, caller, grains, issuer, keepTeamLinks ?? false);

    /// <summary><c>?missionId=</c> narrows the list to one mission's links.</summary>
    private static async Task<Results<Ok<List<IssuedTokenResponse>>, ValidationProblem, ProblemHttpResult>> ListTokens(
        [AsParameters] EditionRoute route, string? missionId, IGrainFactory grains)
    {
        var rules = new InputRules().Require(missionId is null || InputRules.IsSlug(missionId), "missionId", "'missionId' must be a slug: a-z, 0-9 and '-'.");
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        if (await route.Grain(grains).GetInfo() is null)
        {
            return ApiResults.EditionNotFound(route.EditionId);
        }

        var tokens = await grains.GetGrain<IAccessRegistryGrain>(route.EditionId).List();
        return TypedResults.Ok(tokens
            .Where(t => missionId is null || t.MissionId == missionId)
            .Select(t => new IssuedTokenResponse(t.TokenId, WireNames.Of(t.Role), t.MissionId, t.SubjectId, t.IssuedAt, t.Revoked, t.IssuedBy))
            .ToList());
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RevokeToken(
        [AsParameters] TokenRoute route, IGrainFactory grains) =>
        await grains.GetGrain<IAccessRegistryGrain>(route.EditionId).Revoke(route.TokenId)
            ? TypedResults.NoContent()
            : ApiResults.NotFound($"Edition '{route.EditionId}' issued no token '{route.TokenId}'.");
}
