using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Api;

public static class EditionsApi
{
    public static RouteGroupBuilder MapEditionsApi(this RouteGroupBuilder api)
    {
        var editions = api.MapGroup("/editions");
        editions.MapPost("/", CreateEdition).RequireRight(Right.Admin, "Only the admin creates editions.");
        editions.MapGet("/", ListEditions).RequireRight(Right.Admin, "Only the admin lists editions.");
        editions.MapGet("/{editionId}", GetEdition).RequireRight(Right.ReadEdition);
        editions.MapGet("/{editionId}/results", GetResults).RequireRight(Right.ReadEdition);
        editions.MapPost("/{editionId}/announcements", Announce).RequireRight(Right.Admin, "Only the coordination desk sends announcements.");
        editions.MapDelete("/{editionId}/announcements/{announcementId}/pin", Unpin).RequireRight(Right.Admin, "Only the coordination desk unpins announcements.");
        editions.MapPost("/{editionId}/viewer-tokens", IssueViewerToken).RequireRight(Right.Admin, "Only the admin issues viewer tokens.").WithSecretInAnswer();
        return api;
    }

    private static async Task<Results<Created<EditionResponse>, ValidationProblem, ProblemHttpResult>> CreateEdition(
        CreateEditionRequest request, IGrainFactory grains)
    {
        var rules = new InputRules()
            .Slug("id", request.Id)
            .Label("title", request.Title)
            .Label("territory", request.Territory, InputRules.NameMax)
            .Require(WireNames.TryParse<EditionFormat>(request.Format, out var format), "format", $"'format' must be one of {WireNames.List<EditionFormat>()}.")
            .Require(request.Timezone is not null && TimeZones.IsKnown(request.Timezone), "timezone", "'timezone' must be an IANA time zone such as Europe/Paris.")
            .Require(request.Days is { Count: > 0 and <= 31 }, "days", "'days' must list 1 to 31 days.");
        var days = new List<EventDayInfo>();
        foreach (var (day, i) in (request.Days ?? []).Select((d, i) => (d, i)))
        {
            var field = $"days[{i}]";
            rules.Label($"{field}.label", day?.Label, InputRules.NameMax);
            var dateOk = RouteIds.TryParseDate(day?.Date, out var date);
            rules.Require(dateOk, $"{field}.date", "'date' must be a date as yyyy-MM-dd.");
            var start = ParseTime(day?.Start, rules, $"{field}.start");
            var end = ParseTime(day?.End, rules, $"{field}.end");
            rules.Require((end ?? WorkingDay.DefaultEnd) > (start ?? WorkingDay.DefaultStart), $"{field}.end", "A day must end after it starts.");
            if (dateOk && day is not null)
            {
                days.Add(new EventDayInfo(date, day.Label ?? "", start, end));
            }
        }

        rules.Require(days.Select(d => d.Date).Distinct().Count() == days.Count, "days", "Each date may appear once.");
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var created = new EditionRoute(request.Id!);
        var snapshot = await created.Grain(grains)
            .Create(new CreateEdition(request.Title!.Trim(), request.Territory!.Trim(), format, request.Timezone!, days));
        await grains.GetGrain<IEditionDirectoryGrain>(0).Add(created.EditionId);
        return TypedResults.Created(created.Location, snapshot.ToResponse());
    }

    private static async Task<Results<Ok<List<EditionListItem>>, ProblemHttpResult>> ListEditions(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IEditionDirectoryGrain>(0).List();
        var snapshots = await Task.WhenAll(ids.Select(id => grains.GetGrain<IEditionGrain>(id).GetSnapshot()));
        return TypedResults.Ok(snapshots
            .OfType<EditionSnapshot>()
            .Select(s => new EditionListItem(s.Info.Id, s.Info.Title, s.Info.Territory, WireNames.Of(s.Info.Format), s.Version, s.Counters.ToResponse()))
            .ToList());
    }

    private static Task<Results<Ok<EditionResponse>, ValidationProblem, ProblemHttpResult>> GetEdition(
        [AsParameters] EditionRoute route, IGrainFactory grains) =>
        ReadEdition(route, grains, snapshot => snapshot.ToResponse());

    private static Task<Results<Ok<ResultsResponse>, ValidationProblem, ProblemHttpResult>> GetResults(
        [AsParameters] EditionRoute route, IGrainFactory grains) =>
        ReadEdition(route, grains, snapshot => snapshot.ToResults());

    /// <summary>The edition's snapshot, shaped for the route.</summary>
    private static async Task<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>> ReadEdition<TResponse>(
        EditionRoute route, IGrainFactory grains, Func<EditionSnapshot, TResponse> shape)
    {
        var snapshot = await route.Grain(grains).GetSnapshot();
        return snapshot is null ? ApiResults.EditionNotFound(route.EditionId) : TypedResults.Ok(shape(snapshot));
    }

    private static async Task<Results<Accepted<AnnouncementResponse>, ValidationProblem, ProblemHttpResult>> Announce(
        [AsParameters] EditionRoute route, AnnouncementRequest request, IGrainFactory grains)
    {
        var rules = new InputRules().Text("message", request.Message, 500);
        if (request.MissionId is not null)
        {
            rules.Slug("missionId", request.MissionId);
        }

        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var announcement = await route.Grain(grains).Announce(new Announce(request.Message!.Trim(), request.MissionId, request.Pinned ?? false));
        return TypedResults.Accepted(route.Location, announcement.ToResponse(route.EditionId));
    }

    /// <summary>Unknown announcement: 404 (from the edition's rule); already unpinned: 200, nothing changed.</summary>
    private static async Task<Ok<AnnouncementResponse>> Unpin(
        [AsParameters] AnnouncementRoute route, IGrainFactory grains) =>
        TypedResults.Ok((await route.Grain(grains).Unpin(route.AnnouncementId)).ToResponse(route.EditionId));

    private static async Task<Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueViewerToken(
        [AsParameters] EditionRoute route, IGrainFactory grains, TokenIssuer issuer)
    {
        if (await route.Grain(grains).GetInfo() is null)
        {
            return ApiResults.EditionNotFound(route.EditionId);
        }

        var (token, grant) = await issuer.Issue(AccessRole.Viewer, route.EditionId, null);
        return TypedResults.Created(route.Location, new TokenResponse(token, grant.TokenId));
    }

    private static TimeOnly? ParseTime(string? text, InputRules rules, string field)
    {
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        rules.Add(field, $"'{field}' must be a time as HH:mm.");
        return null;
    }
}
