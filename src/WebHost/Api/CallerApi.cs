using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary><c>GET /api/me</c>: what the presented token is, so a page shows only the controls it may use.</summary>
public static class CallerApi
{
    public static RouteGroupBuilder MapCallerApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (Caller caller) => TypedResults.Ok(new CallerResponse(WireNames.Of(caller.Role), caller.TokenId, caller.EditionId, caller.MissionId)))
            .RequireRight(Right.AnyCaller);
        return api;
    }
}
