using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// A respondent's own survey, from their personal link: read it (questions, their answer) and answer it,
/// again as often as they like while it is open. The token names the respondent; nobody else answers here.
/// </summary>
public static class SurveyResponsesApi
{
    private const string RespondentOnly = "Only a respondent's own link answers the survey.";

    public static RouteGroupBuilder MapSurveyResponsesApi(this RouteGroupBuilder api)
    {
        var mine = api.MapGroup("/editions/{editionId}/survey/responses/mine").RequireRight(Right.AnswerSurvey, RespondentOnly);
        mine.MapGet("/", GetMine);
        mine.MapPut("/", AnswerMine);
        return api;
    }

    private static async Task<Ok<RespondentFormResponse>> GetMine([AsParameters] EditionRoute route, Caller caller, IGrainFactory grains)
    {
        var form = await route.Survey(grains).GetForm(caller.SubjectId!);
        return TypedResults.Ok(form.ToResponse(await Title(route, grains)));
    }

    private static async Task<Results<Ok<RespondentFormResponse>, ValidationProblem>> AnswerMine(
        [AsParameters] EditionRoute route, AnswerSurveyRequest request, Caller caller, IGrainFactory grains)
    {
        var rules = new InputRules();
        var answers = SurveyRequests.Answers(request, rules);
        if (answers is null)
        {
            return ApiResults.Invalid(rules);
        }

        var form = await route.Survey(grains).Answer(caller.SubjectId!, answers);
        return TypedResults.Ok(form.ToResponse(await Title(route, grains)));
    }

    private static async Task<string> Title(EditionRoute route, IGrainFactory grains) =>
        (await route.Grain(grains).GetInfo())?.Title ?? route.EditionId;
}
