using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>An event day's schedule (phases in the edition's time zone) and the phase running now.</summary>
public static class ScheduleApi
{
    public static RouteGroupBuilder MapScheduleApi(this RouteGroupBuilder api)
    {
        var days = api.MapGroup("/editions/{editionId}/days/{date}");
        days.MapGet("/", GetDay).RequireRight(Right.ReadEdition);
        days.MapPut("/schedule", SetSchedule).RequireRight(Right.Admin, "Only the coordination desk sets the schedule.");
        return api;
    }

    private static async Task<Results<Ok<DayScheduleResponse>, ValidationProblem, ProblemHttpResult>> GetDay(
        [AsParameters] DayRoute route, IGrainFactory grains)
    {
        if (await FindDay(route, grains) is not { } info)
        {
            return NoSuchDay(route);
        }

        var schedule = await route.Grain(grains).Get();
        return TypedResults.Ok(schedule is null
            ? new DayScheduleResponse(route.EditionId, route.Date, info.TimeZone, [], null)
            : ToResponse(schedule));
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
        return TypedResults.Ok(ToResponse(schedule));
    }

    /// <summary>The edition's info when the edition exists and has that day, else null.</summary>
    private static async Task<EditionInfo?> FindDay(DayRoute route, IGrainFactory grains) =>
        await grains.GetGrain<IEditionGrain>(route.EditionId).GetInfo() is { } info && info.Days.Any(d => d.Date == route.Day) ? info : null;

    private static ProblemHttpResult NoSuchDay(DayRoute route) => ApiResults.NotFound($"Edition '{route.EditionId}' has no day {route.Date}.");

    private static DayScheduleResponse ToResponse(DaySchedule s) => new(
        s.EditionId,
        s.Date.ToString(RouteIds.DateFormat, CultureInfo.InvariantCulture),
        s.TimeZone,
        s.Phases.Select(ToResponse).ToList(),
        s.CurrentPhase is null ? null : ToResponse(s.CurrentPhase));

    private static SchedulePhaseResponse ToResponse(SchedulePhase p) => new(
        p.Id, p.Label, p.Start.ToString("HH:mm", CultureInfo.InvariantCulture), p.End.ToString("HH:mm", CultureInfo.InvariantCulture));
}
