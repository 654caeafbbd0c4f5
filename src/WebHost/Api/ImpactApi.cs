using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Impact;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Export;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// The impact report of an edition, for the admin and the edition's viewers (counts and companies, never
/// names): as JSON, as a sheet per mission (<c>impact.csv</c>) or per company (<c>impact-companies.csv</c>).
/// The admin sets the hourly value its hours are worth.
/// </summary>
public static partial class ImpactApi
{
    public const decimal HourlyValueMax = 100_000m;

    public static RouteGroupBuilder MapImpactApi(this RouteGroupBuilder api)
    {
        var readers = api.MapGroup("/editions/{editionId}").RequireRight(Right.ReadImpact, "Only the admin and the edition's viewers read its impact report.");
        readers.MapGet("/impact", GetImpact);
        readers.MapGet("/impact.csv", ([AsParameters] EditionRoute route, HttpContext http, IGrainFactory grains) => Sheet(route, "impact", ImpactExport.Missions, http, grains));
        readers.MapGet("/impact-companies.csv", ([AsParameters] EditionRoute route, HttpContext http, IGrainFactory grains) => Sheet(route, "impact-companies", ImpactExport.Companies, http, grains));
        api.MapPut("/editions/{editionId}/impact/settings", SetSettings).RequireRight(Right.Admin, "Only the admin sets the hourly value.");
        return api;
    }

    private static async Task<Ok<ImpactResponse>> GetImpact([AsParameters] EditionRoute route, IGrainFactory grains) =>
        TypedResults.Ok((await route.Impact(grains).GetReport()).ToResponse());

    private static async Task<ContentHttpResult> Sheet(EditionRoute route, string name, Func<ImpactReport, CsvSheet> shape, HttpContext http, IGrainFactory grains)
    {
        var report = await route.Impact(grains).GetReport();
        return shape(report).AsDownload(http.Response, $"{route.EditionId}-{name}.csv");
    }

    private static async Task<Results<Ok<ImpactSettingsResponse>, ValidationProblem>> SetSettings(
        [AsParameters] EditionRoute route, ImpactSettingsRequest request, IGrainFactory grains)
    {
        var rules = new InputRules()
            .Require(request.HourlyValue is null or (>= 0 and <= HourlyValueMax), "hourlyValue", $"'hourlyValue' must be from 0 to {HourlyValueMax}, or null for none.")
            .Require(request.Currency is null ? request.HourlyValue is null : CurrencyPattern().IsMatch(request.Currency), "currency", "'currency' must be an ISO 4217 code such as EUR (it may be left out only with no hourly value).");
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var settings = await route.Impact(grains).SetSettings(new ImpactSettings(request.HourlyValue, request.Currency));
        return TypedResults.Ok(settings.ToResponse(route.EditionId));
    }

    [GeneratedRegex(@"^[A-Z]{3}\z")]
    private static partial Regex CurrencyPattern();
}
