using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Audit;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary><c>GET /api/editions/{editionId}/audit?limit=</c>: the admin reads who changed what, newest last.</summary>
public static class AuditApi
{
    public const int MaxEntries = 5000;

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/editions/{editionId}/audit", GetAudit).RequireRight(Right.Admin, "Only the admin reads the audit trail.");
        return api;
    }

    private static async Task<Results<Ok<List<AuditEntryResponse>>, ValidationProblem, ProblemHttpResult>> GetAudit(
        [AsParameters] EditionRoute route, int? limit, IGrainFactory grains)
    {
        var rules = new InputRules()
            .Require(limit is null or (>= 1 and <= MaxEntries), "limit", $"'limit' must be between 1 and {MaxEntries}.");
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        if (await route.Grain(grains).GetInfo() is null)
        {
            return ApiResults.EditionNotFound(route.EditionId);
        }

        var entries = await grains.GetGrain<IAuditLogGrain>(route.EditionId).Recent(limit ?? 500);
        return TypedResults.Ok(entries.Select(e => new AuditEntryResponse(e.At, e.Role, e.TokenId, e.Action, e.Target, e.Status, e.IssuedTokenIds)).ToList());
    }
}
