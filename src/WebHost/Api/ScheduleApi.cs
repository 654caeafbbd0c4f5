using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>An event day's schedule (phases in the edition's time zone) and the phase running now.</summary>
public static class ScheduleApi
{
    public static RouteGroupBuilder MapScheduleApi(this RouteGroupBuilder api)
    {
        var days = api.MapGroup("/editions/{editionId}/days/{date}");
        days.MapGet("/", GetDay);
        days.MapPut("/schedule", SetSchedule);
        return api;
    }

    private static async Task<Results<Ok<DayScheduleResponse>, ValidationProblem, ProblemHttpResult>> GetDay(
        string editionId, string date, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).CanReadEdition(editionId))
        {
            return ApiResults.Forbidden();
        }

        var rules = new InputRules().Slug("editionId", editionId);
        var day = ParseDate(date, rules);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var info = await grains.GetGrain<IEditionGrain>(editionId).GetInfo();
        if (info is null || info.Days.All(d => d.Date != day))
        {
            return ApiResults.NotFound($"Edition '{editionId}' has no day {date}.");
        }

        var schedule = await grains.GetGrain<IEventDayGrain>(EventDayKey.For(editionId, day)).Get();
        return TypedResults.Ok(schedule is null
            ? new DayScheduleResponse(editionId, date, info.TimeZone, [], null)
            : ToResponse(schedule));
    }

    private static async Task<Results<Ok<DayScheduleResponse>, ValidationProblem, ProblemHttpResult>> SetSchedule(
        string editionId, string date, DayScheduleRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden("Only the coordination desk sets the schedule.");
        }

        var rules = new InputRules()
            .Slug("editionId", editionId)
            .Require(request.Phases is { Count: <= 30 }, "phases", "'phases' must list at most 30 phases.");
        var day = ParseDate(date, rules);
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

        var info = await grains.GetGrain<IEditionGrain>(editionId).GetInfo();
        if (info is null || info.Days.All(d => d.Date != day))
        {
            return ApiResults.NotFound($"Edition '{editionId}' has no day {date}.");
        }

        var schedule = await grains.GetGrain<IEventDayGrain>(EventDayKey.For(editionId, day)).SetSchedule(info.TimeZone, phases);
        return TypedResults.Ok(ToResponse(schedule));
    }

    private static DateOnly ParseDate(string text, InputRules rules)
    {
        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        rules.Require(ok, "date", "'date' must be a date as yyyy-MM-dd.");
        return date;
    }

    private static DayScheduleResponse ToResponse(DaySchedule s) => new(
        s.EditionId,
        s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.TimeZone,
        s.Phases.Select(ToResponse).ToList(),
        s.CurrentPhase is null ? null : ToResponse(s.CurrentPhase));

    private static SchedulePhaseResponse ToResponse(SchedulePhase p) => new(
        p.Id, p.Label, p.Start.ToString("HH:mm", CultureInfo.InvariantCulture), p.End.ToString("HH:mm", CultureInfo.InvariantCulture));
}
