using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// An event day's schedule (phases in the edition's time zone), the phase running now, and the desk's run of
/// show: end the running phase, give it more time, start the next one by hand. Every change reaches the
/// screens as <c>ScheduleChanged</c>.
/// </summary>
public static class ScheduleApi
{
    private const string DeskOnly = "Only the coordination desk runs the schedule.";

    public static RouteGroupBuilder MapScheduleApi(this RouteGroupBuilder api)
    {
        var days = api.MapGroup("/editions/{editionId}/days/{date}");
        days.MapGet("/", GetDay).RequireRight(Right.ReadEdition);
        days.MapPut("/schedule", SetSchedule).RequireRight(Right.Admin, "Only the coordination desk sets the schedule.");
        days.MapPost("/phases/current/end", EndCurrentPhase).RequireRight(Right.Admin, DeskOnly);
        days.MapPost("/phases/current/extend", ExtendCurrentPhase).RequireRight(Right.Admin, DeskOnly);
        days.MapPost("/phases/next", StartNextPhase).RequireRight(Right.Admin, DeskOnly);

        // A team link may not read the edition, but its page counts down the phase too.
        api.MapGet("/editions/{editionId}/missions/{missionId}/schedule", GetToday).RequireRight(Right.ReadMission);
        return api;
    }

    private static async Task<Results<Ok<DayScheduleResponse>, ValidationProblem, ProblemHttpResult>> GetDay(
        [AsParameters] DayRoute route, IGrainFactory grains, TimeProvider time)
    {
        if (await FindDay(route, grains) is not { } info)
        {
            return NoSuchDay(route);
        }

        var schedule = await route.Grain(grains).Get();
        return TypedResults.Ok(schedule?.ToResponse() ?? ScheduleMapping.Empty(route.EditionId, route.Date, info.TimeZone, time.GetUtcNow()));
    }

    /// <summary>Today's run of show in the edition's time zone; 204 when today is not one of its days.</summary>
    private static async Task<Results<Ok<DayScheduleResponse>, NoContent, ValidationProblem, ProblemHttpResult>> GetToday(
        [AsParameters] MissionRoute route, IGrainFactory grains, TimeProvider time)
    {
        if (await grains.GetGrain<IEditionGrain>(route.EditionId).GetInfo() is not { } info)
        {
            return ApiResults.EditionNotFound(route.EditionId);
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZones.Find(info.TimeZone)).DateTime);
        if (!info.Days.Any(d => d.Date == today))
        {
            return TypedResults.NoContent();
        }

        var day = new DayRoute(route.EditionId, today.ToString(RouteIds.DateFormat, CultureInfo.InvariantCulture));
        var schedule = await day.Grain(grains).Get();
        return TypedResults.Ok(schedule?.ToResponse() ?? ScheduleMapping.Empty(day.EditionId, day.Date, info.TimeZone, now));
    }

    private static async Task<Results<Ok<DayScheduleResponse>, ValidationProblem, ProblemHttpResult>> SetSchedule(
        [AsParameters] DayRoute route, DayScheduleRequest request, IGrainFactory grains)
    {
        var rules = new InputRules().Require(request.Phases is { Count: <= 30 }, "phases", "'phases' must list at most 30 phases.");
        var phases = new List<SchedulePhase>();
        foreach (var (phase, i) in (request.Phases ?? []).Select((p, i) => (p, i)))
        {
            rules.Slug($"phases[{i}].id", phase?.Id).Label($"phases[{i}].label", phase?.Label, InputRules.NameMax);
            var startOk = TimeOnly.TryParseExact(phase?.Start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start);
            var endOk = TimeOnly.TryParseExact(phase?.End, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end);
            rules.Require(startOk, $"phases[{i}].start", "'start' must be a time as HH:mm.")
                .Require(endOk, $"phases[{i}].end", "'end' must be a time as HH:mm.");
            if (startOk && endOk && phase is not null)
            {
                phases.Add(new SchedulePhase(phase.Id ?? "", phase.Label ?? "", start, end));
            }
        }

        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        if (await FindDay(route, grains) is not { } info)
        {
            return NoSuchDay(route);
        }

        var schedule = await route.Grain(grains).SetSchedule(info.TimeZone, phases);
        return TypedResults.Ok(schedule.ToResponse());
    }

    private static Task<Results<Ok<DayScheduleResponse>, ValidationProblem, ProblemHttpResult>> EndCurrentPhase(
        [AsParameters] DayRoute route, IGrainFactory grains) =>
        RunDay(route, grains, day => day.EndCurrentPhase());

    private static Task<Results<Ok<DayScheduleResponse>, ValidationProblem, ProblemHttpResult>> ExtendCurrentPhase(
        [AsParameters] DayRoute route, ExtendPhaseRequest request, IGrainFactory grains)
    {
        var rules = new InputRules().Require(
            request.Minutes is >= PhaseExtension.MinMinutes and <= PhaseExtension.MaxMinutes,
            "minutes",
            $"'minutes' must be a whole number from {PhaseExtension.MinMinutes} to {PhaseExtension.MaxMinutes}.");
        return rules.IsValid
            ? RunDay(route, grains, day => day.ExtendCurrentPhase(request.Minutes!.Value))
            : Task.FromResult<Results<Ok<DayScheduleResponse>, ValidationProblem, ProblemHttpResult>>(ApiResults.Invalid(rules));
    }

    private static Task<Results<Ok<DayScheduleResponse>, ValidationProblem, ProblemHttpResult>> StartNextPhase(
        [AsParameters] DayRoute route, IGrainFactory grains) =>
        RunDay(route, grains, day => day.StartNextPhase());

    /// <summary>A run-of-show move on a day the edition has; the grain refuses it (409) when nothing is running or left.</summary>
    private static async Task<Results<Ok<DayScheduleResponse>, ValidationProblem, ProblemHttpResult>> RunDay(
        DayRoute route, IGrainFactory grains, Func<IEventDayGrain, Task<DaySchedule>> move)
    {
        if (await FindDay(route, grains) is null)
        {
            return NoSuchDay(route);
        }

        return TypedResults.Ok((await move(route.Grain(grains))).ToResponse());
    }

    /// <summary>The edition's info when the edition exists and has that day, else null.</summary>
    private static async Task<EditionInfo?> FindDay(DayRoute route, IGrainFactory grains) =>
        await grains.GetGrain<IEditionGrain>(route.EditionId).GetInfo() is { } info && info.Days.Any(d => d.Date == route.Day) ? info : null;

    private static ProblemHttpResult NoSuchDay(DayRoute route) => ApiResults.NotFound($"Edition '{route.EditionId}' has no day {route.Date}.");
}
