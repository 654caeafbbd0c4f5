using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// For a route group: the caller must pass <paramref name="allowed"/> for the edition in the path (else 403),
/// and every id in the path must be a slug (else 400); handlers then hold only their own body checks.
/// </summary>
internal sealed class CallerCheckFilter(Func<Caller, string, bool> allowed, string refusal) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var editionId = http.Request.RouteValues["editionId"] as string ?? "";
        if (!allowed(Caller.From(http.User), editionId))
        {
            return ApiResults.Forbidden(refusal);
        }

        var rules = new InputRules();
        foreach (var (name, value) in http.Request.RouteValues)
        {
            rules.Slug(name, value as string);
        }

        return rules.IsValid ? await next(context) : ApiResults.Invalid(rules);
    }
}
