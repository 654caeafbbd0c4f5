using Microsoft.AspNetCore.Routing.Matching;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// Routing's content-type policy answers a body of the wrong type (415) while it selects the endpoint, so
/// <see cref="RightsMiddleware"/> never saw the route and a viewer learnt "415" about an admin route instead of
/// "403". Without that policy the endpoint is selected by path and method only, the rights come first, and the
/// body's type is still refused (415 problem+json) when the endpoint binds its JSON body.
/// </summary>
internal static class RightsBeforeContentType
{
    public static IServiceCollection CheckRightsBeforeContentType(this IServiceCollection services)
    {
        services.AddRouting();
        var policies = services.Where(d => d.ServiceType == typeof(MatcherPolicy) && d.ImplementationType?.Name == "AcceptsMatcherPolicy").ToList();
        if (policies.Count == 0)
        {
            throw new InvalidOperationException("ASP.NET Core's AcceptsMatcherPolicy is no longer registered as it was: rights would no longer come before the body's type.");
        }

        foreach (var policy in policies)
        {
            services.Remove(policy);
        }

        return services;
    }
}
