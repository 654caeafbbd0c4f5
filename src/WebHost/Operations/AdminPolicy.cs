using Microsoft.AspNetCore.Authorization;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Operations;

/// <summary>
/// The admin token only. Used for endpoints that are not route handlers (the Prometheus scrape, the
/// Orleans Dashboard): a refusal is an empty 401/403 that the status-code pages turn into problem+json.
/// </summary>
internal static class AdminPolicy
{
    public const string Name = "orchestrator-admin";

    public static AuthorizationPolicy Build() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(Caller.RoleClaim, nameof(CallerRole.Admin))
        .Build();
}
