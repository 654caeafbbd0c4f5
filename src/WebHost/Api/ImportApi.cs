using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Idempotency;
using Orchestrator.WebHost.Import;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// <c>POST /api/editions/{e}/import?dryRun=true|false</c> with a <c>text/csv</c> body (admin): the
/// set-up sheet of docs/csv-import.md. A dry run answers the preview; a real import with any line error
/// is refused whole (400, nothing written); a clean one creates the missions and their volunteers and
/// answers each lead token, this once.
/// </summary>
public static class ImportApi
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/editions/{editionId}/import", Import).RequireRight(Right.Admin, "Only the admin imports missions.").WithSecretInAnswer();
        return api;
    }

    private static async Task<Results<Ok<ImportResponse>, Created<ImportResponse>, ValidationProblem, ProblemHttpResult>> Import(
        [AsParameters] EditionRoute route, HttpContext http, IGrainFactory grains, TokenIssuer issuer)
    {
        var editionId = route.EditionId;
        var dryRunText = http.Request.Query["dryRun"].ToString();
        var rules = new InputRules()
            .Require(dryRunText is "" or "true" or "false", "dryRun", "'dryRun' must be true or false.");
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        if (http.Request.ContentType is not { } contentType
            || !contentType.Split(';')[0].Trim().Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                "Send the sheet as text/csv (UTF-8).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        string text;
        try
        {
            using var reader = new StreamReader(http.Request.Body, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            text = await reader.ReadToEndAsync(http.RequestAborted);
        }
        catch (DecoderFallbackException)
        {
            return ApiResults.Invalid(new InputRules().Require(false, "body", "The sheet is not valid UTF-8: save it as 'CSV UTF-8'."));
        }

        var edition = await route.Grain(grains).GetSnapshot();
        if (edition is null)
        {
            return ApiResults.EditionNotFound(editionId);
        }

        var existing = edition.Missions.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var plan = MissionCsv.Plan(text, existing);
        var dryRun = dryRunText == "true";
        if (dryRun)
        {
            return TypedResults.Ok(Answer(editionId, dryRun, plan, plan.Missions.Select(m => ToResponse(m, null))));
        }

        if (!plan.IsValid)
        {
            var byLine = plan.Errors
                .GroupBy(e => $"line {e.Line}")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
            return TypedResults.ValidationProblem(
                byLine,
                detail: $"{plan.Errors.Count} error(s) in the sheet: nothing was imported.",
                title: "The sheet has invalid lines.",
                extensions: new Dictionary<string, object?> { ["lines"] = plan.Errors.Select(ToResponse).ToList() });
        }

        // Everything was checked above, against the edition's missions too: from here on, only writes.
        var created = await Task.WhenAll(plan.Missions.Select(m => Create(grains, issuer, editionId, m)));
        return TypedResults.Created($"/api/editions/{editionId}", Answer(editionId, dryRun, plan, created));
    }

    private static async Task<ImportMissionResponse> Create(IGrainFactory grains, TokenIssuer issuer, string editionId, PlannedMission m)
    {
        var mission = grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, m.Id));
        await mission.Create(new CreateMission(m.Title, new AssociationRef(m.AssociationId, m.AssociationName, null), m.LeadName, null));
        foreach (var v in m.Volunteers)
        {
            await mission.AddMember(new NewVolunteer(v.Name, v.Company, v.Remote), key: null);
        }

        var (leadToken, _) = await issuer.Issue(AccessRole.TeamLead, editionId, m.Id);
        return ToResponse(m, leadToken);
    }

    private static ImportResponse Answer(string editionId, bool dryRun, ImportPlan plan, IEnumerable<ImportMissionResponse> missions) => new(
        editionId,
        dryRun,
        new ImportCountsResponse(plan.Missions.Count, plan.Associations, plan.Volunteers),
        missions.ToList(),
        plan.Errors.Select(ToResponse).ToList());

    private static ImportMissionResponse ToResponse(PlannedMission m, string? leadToken) => new(
        m.Line,
        m.Id,
        m.Title,
        m.AssociationId,
        m.AssociationName,
        m.LeadName,
        m.Volunteers.Select(v => new ImportVolunteerResponse(v.Line, v.Name, v.Company, v.Remote)).ToList(),
        leadToken);

    private static ImportErrorResponse ToResponse(ImportLineError e) => new(e.Line, e.Column, e.Message, e.Code, e.Parameters);
}
