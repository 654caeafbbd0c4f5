using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// The closing evening's reveal, driven by the desk: <c>POST …/reveal {missionId}</c> shows one more
/// mission on the display (again: no change), <c>DELETE …/reveal</c> hides them all again.
/// </summary>
public static class RevealApi
{
    private const string DeskOnly = "Only the coordination desk drives the reveal.";

    public static RouteGroupBuilder MapRevealApi(this RouteGroupBuilder api)
    {
        api.MapPost("/editions/{editionId}/reveal", Reveal).RequireRight(Right.Admin, DeskOnly);
        api.MapDelete("/editions/{editionId}/reveal", Reset).RequireRight(Right.Admin, DeskOnly);
        return api;
    }

    private static async Task<Results<Ok<LiveRevealed>, ValidationProblem, ProblemHttpResult>> Reveal(
        [AsParameters] EditionRoute route, RevealRequest request, IGrainFactory grains)
    {
        var rules = new InputRules().Slug("missionId", request.MissionId);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var reveal = await route.Grain(grains).Reveal(request.MissionId!);
        return TypedResults.Ok(reveal.ToLive(route.EditionId));
    }

    private static async Task<Results<Ok<LiveRevealed>, ValidationProblem, ProblemHttpResult>> Reset(
        [AsParameters] EditionRoute route, IGrainFactory grains)
    {
        var reveal = await route.Grain(grains).ResetReveal();
        return TypedResults.Ok(reveal.ToLive(route.EditionId));
    }
}
