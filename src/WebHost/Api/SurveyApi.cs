using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Export;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// The desk's side of the satisfaction survey (admin): invite respondents (by hand, or the edition's own
/// members, associations and companies in one call), add questions per role, open and close it, read the
/// summary and export the responses. Respondents answer through <see cref="SurveyResponsesApi"/>.
/// </summary>
public static class SurveyApi
{
    private const string DeskOnly = "Only the admin runs the survey.";

    public static RouteGroupBuilder MapSurveyApi(this RouteGroupBuilder api)
    {
        var survey = api.MapGroup("/editions/{editionId}/survey").RequireRight(Right.Admin, DeskOnly);
        survey.MapPost("/respondents", Invite).WithSecretInAnswer();
        survey.MapPost("/respondents/from-edition", InviteFromEdition).WithSecretInAnswer();
        survey.MapGet("/respondents", ListRespondents);
        survey.MapDelete("/respondents/{respondentId}", EraseRespondent);
        survey.MapGet("/questions", GetQuestions);
        survey.MapPut("/questions/{role}", SetQuestions);
        survey.MapPost("/open", ([AsParameters] EditionRoute route, IGrainFactory grains) => SetStatus(route, SurveyStatus.Open, grains));
        survey.MapPost("/close", ([AsParameters] EditionRoute route, IGrainFactory grains) => SetStatus(route, SurveyStatus.Closed, grains));
        survey.MapGet("/summary", GetSummary);
        survey.MapGet("/responses.csv", ExportResponses);
        return api;
    }

    private static async Task<Results<Created<InvitedRespondentsResponse>, ValidationProblem, ProblemHttpResult>> Invite(
        [AsParameters] EditionRoute route, InviteRespondentsRequest request, IGrainFactory grains, TokenIssuer issuer)
    {
        var rules = new InputRules();
        var people = SurveyRequests.Respondents(request, rules);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        if (await route.Grain(grains).GetInfo() is null)
        {
            return ApiResults.EditionNotFound(route.EditionId);
        }

        var invited = await SurveyInvitations.Invite(route.EditionId, people, grains, issuer);
        return TypedResults.Created($"/api/editions/{route.EditionId}/survey/respondents", invited);
    }

    private static async Task<Results<Created<InvitedRespondentsResponse>, ValidationProblem, ProblemHttpResult>> InviteFromEdition(
        [AsParameters] EditionRoute route, IGrainFactory grains, TokenIssuer issuer)
    {
        var candidates = await route.Survey(grains).Candidates();
        var invited = await SurveyInvitations.Invite(
            route.EditionId, candidates.Select(c => (c.Role, (string?)c.Name, c.MissionId, (string?)c.Source)).ToList(), grains, issuer);
        return TypedResults.Created($"/api/editions/{route.EditionId}/survey/respondents", invited);
    }

    private static async Task<Results<Ok<List<RespondentResponse>>, ValidationProblem, ProblemHttpResult>> ListRespondents(
        [AsParameters] EditionRoute route, IGrainFactory grains)
    {
        var records = await route.Survey(grains).GetRecords();
        return TypedResults.Ok(records.Select(r => r.ToResponse()).ToList());
    }

    /// <summary>Erases a respondent's personal data (name, answer, comment) and revokes their link.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EraseRespondent(
        [AsParameters] EditionRoute route, string respondentId, IGrainFactory grains)
    {
        if (!await RespondentErasure.Erase(route.EditionId, respondentId, grains))
        {
            return ApiResults.NotFound($"Respondent '{respondentId}' is not invited to the survey of edition '{route.EditionId}'.");
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<Dictionary<string, List<SurveyQuestionResponse>>>, ValidationProblem, ProblemHttpResult>> GetQuestions(
        [AsParameters] EditionRoute route, IGrainFactory grains)
    {
        var questions = await route.Survey(grains).GetQuestions();
        return TypedResults.Ok(questions.OrderBy(q => q.Key).ToDictionary(q => WireNames.Of(q.Key), q => q.Value.Select(x => x.ToResponse()).ToList()));
    }

    private static async Task<Results<Ok<List<SurveyQuestionResponse>>, ValidationProblem, ProblemHttpResult>> SetQuestions(
        [AsParameters] EditionRoute route, string role, SurveyQuestionsRequest request, IGrainFactory grains)
    {
        var rules = new InputRules().Require(WireNames.TryParse<SurveyRole>(role, out var surveyRole), "role", $"'role' must be one of {WireNames.List<SurveyRole>()}.");
        var questions = SurveyRequests.Questions(request, rules);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var saved = await route.Survey(grains).SetQuestions(surveyRole, questions);
        return TypedResults.Ok(saved.Select(q => q.ToResponse()).ToList());
    }

    private static async Task<Results<Ok<SurveySummaryResponse>, ValidationProblem, ProblemHttpResult>> SetStatus(
        EditionRoute route, SurveyStatus status, IGrainFactory grains)
    {
        var summary = await route.Survey(grains).SetStatus(status);
        return TypedResults.Ok(summary.ToResponse(route.EditionId));
    }

    private static async Task<Results<Ok<SurveySummaryResponse>, ValidationProblem, ProblemHttpResult>> GetSummary(
        [AsParameters] EditionRoute route, IGrainFactory grains)
    {
        if (await route.Grain(grains).GetInfo() is null)
        {
            return ApiResults.EditionNotFound(route.EditionId);
        }

        var summary = await route.Survey(grains).GetSummary();
        return TypedResults.Ok(summary.ToResponse(route.EditionId));
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportResponses(
        [AsParameters] EditionRoute route, HttpContext http, IGrainFactory grains)
    {
        var survey = route.Survey(grains);
        var sheet = SurveyExport.Responses(await survey.GetRecords(), await survey.GetQuestions());
        http.Response.Headers.CacheControl = "no-store";
        return sheet.AsDownload(http.Response, $"{route.EditionId}-survey.csv");
    }
}
