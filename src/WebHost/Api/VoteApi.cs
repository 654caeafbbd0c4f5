using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.WebHost.Api.Contracts.Vote;
using Orchestrator.WebHost.Audit;
using Orchestrator.WebHost.Auth;

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

    public static RouteGroupBuilder MapVoteApi(this RouteGroupBuilder api)
    {
        var edition = api.MapGroup("/editions/{editionId}");
        edition.MapPost("/workshops", AddWorkshop);
        edition.MapPost("/workshops/{workshopId}/proposals", AddProposal);
        edition.MapGet("/vote", GetVote);
        edition.MapPut("/vote", Configure);
        edition.MapPost("/vote/open", (string editionId, HttpContext http, IGrainFactory grains) => Run(editionId, http, grains, v => v.Open()));
        edition.MapPost("/vote/close", (string editionId, HttpContext http, IGrainFactory grains) => Run(editionId, http, grains, v => v.Close()));
        edition.MapPost("/vote/reveal/next", (string editionId, HttpContext http, IGrainFactory grains) => Run(editionId, http, grains, v => v.RevealNext()));
        edition.MapPost("/vote/reveal/undo", (string editionId, HttpContext http, IGrainFactory grains) => Run(editionId, http, grains, v => v.UndoReveal()));
        edition.MapGet("/vote/results", GetResults);
        edition.MapGet("/vote/results.csv", GetResultsCsv);
        edition.MapPut("/ballots/mine", CastBallot).WithMetadata(new NotAudited("The ballot shard keeps every ballot."));
        edition.MapGet("/ballots/mine", GetBallot);
        return api;
    }

    private static async Task<Results<Created<WorkshopResponse>, ValidationProblem, ProblemHttpResult>> AddWorkshop(
        string editionId, WorkshopRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden(DeskOnly);
        }

        var rules = new InputRules().Slug("editionId", editionId).Slug("id", request.Id)
            .Label("title", request.Title).Label("host", request.Host, InputRules.NameMax, required: false);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var workshop = await Vote(grains, editionId).AddWorkshop(request.Id!, request.Title!.Trim(), Optional(request.Host));
        return TypedResults.Created($"/api/editions/{editionId}/vote", workshop.ToResponse());
    }

    private static async Task<Results<Created<ProposalResponse>, ValidationProblem, ProblemHttpResult>> AddProposal(
        string editionId, string workshopId, ProposalRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden(DeskOnly);
        }

        var rules = new InputRules().Slug("editionId", editionId).Slug("workshopId", workshopId).Slug("id", request.Id)
            .Label("title", request.Title).Text("summary", request.Summary, required: false);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var proposal = await Vote(grains, editionId).AddProposal(workshopId, new Proposal(request.Id!, request.Title!.Trim(), Optional(request.Summary)));
        return TypedResults.Created($"/api/editions/{editionId}/vote", proposal.ToResponse());
    }

    private static async Task<Results<Ok<VoteResponse>, ValidationProblem, ProblemHttpResult>> GetVote(
        string editionId, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).CanReadVote(editionId))
        {
            return ApiResults.Forbidden();
        }

        if (!InputRules.IsSlug(editionId))
        {
            return ApiResults.Invalid(new InputRules().Slug("editionId", editionId));
        }

        return TypedResults.Ok((await Vote(grains, editionId).GetView()).ToResponse(editionId));
    }

    private static async Task<Results<Ok<VoteResponse>, ValidationProblem, ProblemHttpResult>> Configure(
        string editionId, VoteSettingsRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden(DeskOnly);
        }

        var rules = new InputRules().Slug("editionId", editionId)
            .Require(WireNames.TryParse<VoteMode>(request.Mode, out var mode), "mode", $"'mode' must be one of {WireNames.List<VoteMode>()}.")
            .Require(request.Budget is >= 1 and <= BudgetMax, "budget", $"'budget' must be a whole number from 1 to {BudgetMax}.")
            .Require(request.RevealTop is >= 1 and <= RevealTopMax, "revealTop", $"'revealTop' must be a whole number from 1 to {RevealTopMax}.");
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var view = await Vote(grains, editionId).Configure(new VoteSettings(mode, request.Budget!.Value, request.RevealTop!.Value));
        return TypedResults.Ok(view.ToResponse(editionId));
    }

    private static async Task<Results<Ok<VoteResponse>, ValidationProblem, ProblemHttpResult>> Run(
        string editionId, HttpContext http, IGrainFactory grains, Func<IVoteGrain, Task<VoteView>> action)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden(DeskOnly);
        }

        if (!InputRules.IsSlug(editionId))
        {
            return ApiResults.Invalid(new InputRules().Slug("editionId", editionId));
        }

        return TypedResults.Ok((await action(Vote(grains, editionId))).ToResponse(editionId));
    }

    private static async Task<Results<Ok<VoteResultsResponse>, ValidationProblem, ProblemHttpResult>> GetResults(
        string editionId, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden("Only the coordination desk sees the results before they are revealed.");
        }

        if (!InputRules.IsSlug(editionId))
        {
            return ApiResults.Invalid(new InputRules().Slug("editionId", editionId));
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok((await Vote(grains, editionId).GetResults()).ToResponse(editionId));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetResultsCsv(
        string editionId, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden("Only the coordination desk sees the results before they are revealed.");
        }

        if (!InputRules.IsSlug(editionId))
        {
            return ApiResults.Invalid(new InputRules().Slug("editionId", editionId));
        }

        var results = await Vote(grains, editionId).GetResults();
        var csv = new StringBuilder("rank,proposalId,workshopId,title,points,voters\r\n");
        foreach (var p in results.Proposals)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{p.Rank},{p.ProposalId},{p.WorkshopId},{CsvField(p.Title)},{p.Points},{p.Voters}\r\n");
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", $"{editionId}-ranking.csv");
    }

    private static async Task<Results<Ok<BallotResponse>, ValidationProblem, ProblemHttpResult>> CastBallot(
        string editionId, BallotRequest request, HttpContext http, IGrainFactory grains)
    {
        var caller = Caller.From(http.User);
        if (!caller.CanCastBallot(editionId))
        {
            return ApiResults.Forbidden("Only a guest of this edition casts a ballot, with their own link.");
        }

        var rules = new InputRules().Slug("editionId", editionId)
            .Require(request.Allocations is { Count: <= AllocationsMax }, "allocations", $"'allocations' must list at most {AllocationsMax} proposals.");
        foreach (var (allocation, i) in (request.Allocations ?? []).Select((a, i) => (a, i)))
        {
            rules.Slug($"allocations[{i}].proposalId", allocation?.ProposalId)
                .Require(allocation is null || allocation.Points >= 0, $"allocations[{i}].points", "'points' cannot be negative.");
        }

        var key = IdempotencyKey.Read(http, rules);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var guestId = caller.SubjectId!;
        var allocations = request.Allocations!.Select(a => new Allocation(a!.ProposalId!, a.Points)).ToList();
        var ballot = await grains.GetGrain<IVoteShardGrain>(VoteShardKey.For(editionId, guestId)).Cast(new CastBallot(guestId, allocations, key));
        return TypedResults.Ok(ballot.ToResponse(editionId));
    }

    private static async Task<Results<Ok<BallotResponse>, ValidationProblem, ProblemHttpResult>> GetBallot(
        string editionId, HttpContext http, IGrainFactory grains)
    {
        var caller = Caller.From(http.User);
        if (!caller.CanCastBallot(editionId))
        {
            return ApiResults.Forbidden("Only a guest of this edition has a ballot.");
        }

        var ballot = await grains.GetGrain<IVoteShardGrain>(VoteShardKey.For(editionId, caller.SubjectId!)).GetBallot(caller.SubjectId!);
        return ballot is null ? ApiResults.NotFound("No ballot yet.") : TypedResults.Ok(ballot.ToResponse(editionId));
    }

    private static IVoteGrain Vote(IGrainFactory grains, string editionId) => grains.GetGrain<IVoteGrain>(editionId);

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A CSV field, quoted when needed; a leading formula character is neutralised so a spreadsheet never runs it.</summary>
    private static string CsvField(string text)
    {
        var safe = text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
