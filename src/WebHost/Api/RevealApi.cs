using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// The closing evening's reveal, driven by the desk: <c>POST …/reveal {missionId}</c> shows one more
/// mission on the display (again: no change), <c>DELETE …/reveal</c> hides them all again.
/// </summary>
public static class RevealApi
{
    public static RouteGroupBuilder MapRevealApi(this RouteGroupBuilder api)
    {
        api.MapPost("/editions/{editionId}/reveal", Reveal);
        api.MapDelete("/editions/{editionId}/reveal", Reset);
        return api;
    }

    private static async Task<Results<Ok<LiveRevealed>, ValidationProblem, ProblemHttpResult>> Reveal(
        string editionId, RevealRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden("Only the coordination desk drives the reveal.");
        }

        var rules = new InputRules().Slug("editionId", editionId).Slug("missionId", request.MissionId);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var edition = grains.GetGrain<IEditionGrain>(editionId);
        var reveal = await edition.Reveal(request.MissionId!);
        return TypedResults.Ok(reveal.ToLive(editionId));
    }

    private static async Task<Results<Ok<LiveRevealed>, ValidationProblem, ProblemHttpResult>> Reset(
        string editionId, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden("Only the coordination desk drives the reveal.");
        }

        if (!InputRules.IsSlug(editionId))
        {
            return ApiResults.Invalid(new InputRules().Slug("editionId", editionId));
        }

        var reveal = await grains.GetGrain<IEditionGrain>(editionId).ResetReveal();
        return TypedResults.Ok(reveal.ToLive(editionId));
    }
}
