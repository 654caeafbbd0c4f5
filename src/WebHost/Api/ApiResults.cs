using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces;

namespace Orchestrator.WebHost.Api;

/// <summary>The problem+json answers every route shares.</summary>
public static class ApiResults
{
    public static ValidationProblem Invalid(InputRules rules) =>
        TypedResults.ValidationProblem(rules.Errors, title: "The request has invalid fields.");

    public static ProblemHttpResult Forbidden(string detail = "This token does not allow that.") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult EditionNotFound(string editionId) => NotFound(DomainRuleException.NoSuchEdition(editionId));

    public static ProblemHttpResult MissionNotFound(string editionId, string missionId) => NotFound(DomainRuleException.NoSuchMission(editionId, missionId));
}
