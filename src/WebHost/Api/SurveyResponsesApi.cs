using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.WebHost.Api.Contracts;
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

    private static async Task<Ok<RespondentFormResponse>> GetMine(string editionId, Caller caller, IGrainFactory grains)
    {
        var form = await grains.GetGrain<ISurveyGrain>(editionId).GetForm(caller.SubjectId!);
        return TypedResults.Ok(form.ToResponse(await Title(editionId, grains)));
    }

    private static async Task<Results<Ok<RespondentFormResponse>, ValidationProblem>> AnswerMine(
        string editionId, AnswerSurveyRequest request, Caller caller, IGrainFactory grains)
    {
        var rules = new InputRules();
        var answers = SurveyRequests.Answers(request, rules);
        if (answers is null)
        {
            return ApiResults.Invalid(rules);
        }

        var form = await grains.GetGrain<ISurveyGrain>(editionId).Answer(caller.SubjectId!, answers);
        return TypedResults.Ok(form.ToResponse(await Title(editionId, grains)));
    }

    private static async Task<string> Title(string editionId, IGrainFactory grains) =>
        (await grains.GetGrain<IEditionGrain>(editionId).GetInfo())?.Title ?? editionId;
}
