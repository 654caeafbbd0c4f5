using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.WebHost.Api.Contracts.Vote;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Audit;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Export;

using Orchestrator.WebHost.Operations;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// The closing evening's vote. The desk prepares it (workshops, proposals, settings), opens and closes
/// it, sees the ranking in advance and paces the reveal; every reader (guests included) sees the vote
/// without a point until revealed. Ballots go straight to the guest's shard, never through one grain.
/// </summary>
public static class VoteApi
{
    public const int BudgetMax = 100;
    public const int RevealTopMax = 500;
    public const int AllocationsMax = 500;
    private const string DeskOnly = "Only the coordination desk prepares and runs the vote.";
    private const string ResultsDeskOnly = "Only the coordination desk sees the results before they are revealed.";
    private const string GuestsOnly = "Only a guest of this edition has a ballot, with their own link.";

    public static RouteGroupBuilder MapVoteApi(this RouteGroupBuilder api)
    {
        var edition = api.MapGroup("/editions/{editionId}");
        edition.MapPost("/workshops", AddWorkshop).RequireRight(Right.Admin, DeskOnly);
        edition.MapPost("/workshops/{workshopId}/proposals", AddProposal).RequireRight(Right.Admin, DeskOnly);
        edition.MapGet("/vote", GetVote).RequireRight(Right.ReadVote);
        edition.MapPut("/vote", Configure).RequireRight(Right.Admin, DeskOnly);
        edition.MapPost("/vote/open", ([AsParameters] EditionRoute route, IGrainFactory grains) => Run(route, grains, v => v.Open())).RequireRight(Right.Admin, DeskOnly);
        edition.MapPost("/vote/close", ([AsParameters] EditionRoute route, IGrainFactory grains) => Run(route, grains, v => v.Close())).RequireRight(Right.Admin, DeskOnly);
        edition.MapPost("/vote/reveal/next", RevealNext).RequireRight(Right.Admin, DeskOnly);
        edition.MapPost("/vote/reveal/undo", UndoReveal).RequireRight(Right.Admin, DeskOnly);
        edition.MapGet("/vote/results", GetResults).RequireRight(Right.Admin, ResultsDeskOnly);
        edition.MapGet("/vote/results.csv", GetResultsCsv).RequireRight(Right.Admin, ResultsDeskOnly);
        edition.MapPut("/ballots/mine", CastBallot).RequireRight(Right.CastBallot, GuestsOnly)
            .WithMetadata(new NotAudited("The ballot shard keeps every ballot."));
        edition.MapGet("/ballots/mine", GetBallot).RequireRight(Right.CastBallot, GuestsOnly);
        return api;
    }

    private static async Task<Results<Created<WorkshopResponse>, ValidationProblem, ProblemHttpResult>> AddWorkshop(
        [AsParameters] EditionRoute route, WorkshopRequest request, IGrainFactory grains)
    {
        var rules = new InputRules().Slug("id", request.Id).Label("title", request.Title).Label("host", request.Host, InputRules.NameMax, required: false);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var workshop = await Vote(grains, route.EditionId).AddWorkshop(request.Id!, request.Title!.Trim(), Optional(request.Host));
        return TypedResults.Created($"{route.Location}/vote", workshop.ToResponse());
    }

    private static async Task<Results<Created<ProposalResponse>, ValidationProblem, ProblemHttpResult>> AddProposal(
        [AsParameters] WorkshopRoute route, ProposalRequest request, IGrainFactory grains)
    {
        var rules = new InputRules().Slug("id", request.Id).Label("title", request.Title).Text("summary", request.Summary, required: false);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var proposal = await Vote(grains, route.EditionId)
            .AddProposal(route.WorkshopId, new Proposal(request.Id!, request.Title!.Trim(), Optional(request.Summary)));
        return TypedResults.Created($"/api/editions/{route.EditionId}/vote", proposal.ToResponse());
    }

    private static async Task<Ok<VoteResponse>> GetVote([AsParameters] EditionRoute route, IGrainFactory grains) =>
        TypedResults.Ok((await Vote(grains, route.EditionId).GetView()).ToResponse(route.EditionId));

    private static async Task<Results<Ok<VoteResponse>, ValidationProblem>> Configure(
        [AsParameters] EditionRoute route, VoteSettingsRequest request, IGrainFactory grains)
    {
        var rules = new InputRules()
            .Require(WireNames.TryParse<VoteMode>(request.Mode, out var mode), "mode", $"'mode' must be one of {WireNames.List<VoteMode>()}.")
            .Require(request.Budget is >= 1 and <= BudgetMax, "budget", $"'budget' must be a whole number from 1 to {BudgetMax}.")
            .Require(request.RevealTop is >= 1 and <= RevealTopMax, "revealTop", $"'revealTop' must be a whole number from 1 to {RevealTopMax}.");
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var view = await Vote(grains, route.EditionId).Configure(new VoteSettings(mode, request.Budget!.Value, request.RevealTop!.Value));
        return TypedResults.Ok(view.ToResponse(route.EditionId));
    }

    private static Task<Results<Ok<VoteResponse>, ValidationProblem>> RevealNext([AsParameters] EditionRoute route, RevealStepRequest? request, IGrainFactory grains) =>
        Step(route, request, grains, (vote, seen) => vote.RevealNext(seen));

    private static Task<Results<Ok<VoteResponse>, ValidationProblem>> UndoReveal([AsParameters] EditionRoute route, RevealStepRequest? request, IGrainFactory grains) =>
        Step(route, request, grains, (vote, seen) => vote.UndoReveal(seen));

    /// <summary>A step of the ceremony; with the count the desk saw, asked twice it moves once (see <see cref="RevealStepRequest"/>).</summary>
    private static async Task<Results<Ok<VoteResponse>, ValidationProblem>> Step(
        EditionRoute route, RevealStepRequest? request, IGrainFactory grains, Func<IVoteGrain, int?, Task<VoteView>> step)
    {
        var rules = new InputRules().Require(request?.Revealed is null or (>= 0 and <= RevealTopMax), "revealed", $"'revealed' must be a whole number from 0 to {RevealTopMax}.");
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        return TypedResults.Ok((await step(Vote(grains, route.EditionId), request?.Revealed)).ToResponse(route.EditionId));
    }

    private static async Task<Ok<VoteResponse>> Run(EditionRoute route, IGrainFactory grains, Func<IVoteGrain, Task<VoteView>> action) =>
        TypedResults.Ok((await action(Vote(grains, route.EditionId))).ToResponse(route.EditionId));

    private static async Task<Ok<VoteResultsResponse>> GetResults([AsParameters] EditionRoute route, HttpContext http, IGrainFactory grains)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok((await Vote(grains, route.EditionId).GetResults()).ToResponse(route.EditionId));
    }

    /// <summary>The ranking as a sheet (what becomes the manifesto): a header row, then one row per proposal, rank order.</summary>
    private static async Task<ContentHttpResult> GetResultsCsv([AsParameters] EditionRoute route, HttpContext http, IGrainFactory grains)
    {
        var results = await Vote(grains, route.EditionId).GetResults();
        var sheet = new CsvSheet().Header("rank", "proposalId", "workshopId", "title", "points", "voters");
        foreach (var p in results.Proposals)
        {
            sheet.Number(p.Rank).Text(p.ProposalId).Text(p.WorkshopId).Text(p.Title).Number(p.Points).Number(p.Voters).EndRow();
        }

        http.Response.Headers.CacheControl = "no-store";
        return sheet.AsDownload(http.Response, $"{route.EditionId}-ranking.csv");
    }

    private static async Task<Results<Ok<BallotResponse>, ValidationProblem>> CastBallot(
        [AsParameters] EditionRoute route, BallotRequest request, IdempotencyKey key, HttpContext http, IGrainFactory grains, OrchestratorMetrics metrics)
    {
        var rules = new InputRules()
            .Require(request.Allocations is { Count: <= AllocationsMax }, "allocations", $"'allocations' must list at most {AllocationsMax} proposals.");
        foreach (var (allocation, i) in (request.Allocations ?? []).Select((a, i) => (a, i)))
        {
            rules.Slug($"allocations[{i}].proposalId", allocation?.ProposalId)
                .Require(allocation is null || allocation.Points >= 0, $"allocations[{i}].points", "'points' cannot be negative.");
        }

        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var guestId = Caller.From(http.User).SubjectId!;
        var allocations = request.Allocations!.Select(a => new Allocation(a!.ProposalId!, a.Points)).ToList();
        var ballot = await Shard(grains, route.EditionId, guestId).Cast(new CastBallot(guestId, allocations, key.Ledger));
        metrics.BallotCast();
        return TypedResults.Ok(ballot.ToResponse(route.EditionId));
    }

    private static async Task<Results<Ok<BallotResponse>, ProblemHttpResult>> GetBallot([AsParameters] EditionRoute route, HttpContext http, IGrainFactory grains)
    {
        var guestId = Caller.From(http.User).SubjectId!;
        var ballot = await Shard(grains, route.EditionId, guestId).GetBallot(guestId);
        return ballot is null ? ApiResults.NotFound("No ballot yet.") : TypedResults.Ok(ballot.ToResponse(route.EditionId));
    }

    private static IVoteGrain Vote(IGrainFactory grains, string editionId) => grains.GetGrain<IVoteGrain>(editionId);

    private static IVoteShardGrain Shard(IGrainFactory grains, string editionId, string guestId) =>
        grains.GetGrain<IVoteShardGrain>(VoteShardKey.For(editionId, guestId));

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
