using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.WebHost.Api.Contracts.Vote;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// <c>POST /api/editions/{e}/guests</c>: one guest token each (a ballot), 1 to <see cref="GuestsMax"/> a
/// call, recorded with the edition in one write; the same route gives a late arrival theirs.
/// </summary>
public static class GuestsApi
{
    public const int GuestsMax = 1000;

    public static RouteGroupBuilder MapGuestsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/editions/{editionId}/guests", IssueGuests).RequireRight(Right.Admin, "Only the desk issues guest links.").WithSecretInAnswer();
        return api;
    }

    private static async Task<Results<Created<GuestsResponse>, ValidationProblem, ProblemHttpResult>> IssueGuests(
        [AsParameters] EditionRoute route, GuestsRequest request, IGrainFactory grains, TokenIssuer issuer)
    {
        var rules = new InputRules()
            .Require(request.Guests is { Count: >= 1 and <= GuestsMax }, "guests", $"'guests' must list 1 to {GuestsMax} guests.");
        foreach (var (guest, i) in (request.Guests ?? []).Select((g, i) => (g, i)))
        {
            rules.Label($"guests[{i}].name", guest?.Name, InputRules.NameMax, required: false)
                .Label($"guests[{i}].company", guest?.Company, InputRules.NameMax, required: false);
        }

        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        if (await route.Grain(grains).GetInfo() is null)
        {
            return ApiResults.EditionNotFound(route.EditionId);
        }

        var guests = request.Guests!;
        var issued = await issuer.IssueMany(AccessRole.Guest, route.EditionId, guests.Select(_ => $"g-{Tokens.NewId()}").ToList());
        await grains.GetGrain<IVoteGrain>(route.EditionId).AddGuests(issued.Count);
        var answer = issued.Select((t, i) => new GuestTokenResponse(
            t.Grant.SubjectId!, t.Token, t.Grant.TokenId, guests[i]?.Name?.Trim(), guests[i]?.Company?.Trim())).ToList();
        return TypedResults.Created($"{route.Location}/vote", new GuestsResponse(answer));
    }
}
