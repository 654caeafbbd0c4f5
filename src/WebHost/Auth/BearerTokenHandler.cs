using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.WebHost.Operations;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// Resolves "Authorization: Bearer &lt;token&gt;" (or <c>access_token</c> on the SignalR hub) to a
/// <see cref="Caller"/>: the admin token from configuration, else an issued token looked up by its hash.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<AuthOptions> auth,
    IGrainFactory grains,
    DashboardSessions sessions) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (string.IsNullOrEmpty(token))
        {
            return DashboardCookie();
        }

        if (token.Length > 256)
        {
            return AuthenticateResult.Fail("Token too long.");
        }

        var admin = auth.CurrentValue.AdminToken;
        if (!string.IsNullOrEmpty(admin) && Tokens.FixedTimeEquals(token, admin))
        {
            return Success(new Caller(CallerRole.Admin, "admin", null, null));
        }

        var grant = await grains.GetGrain<IAccessTokenGrain>(Tokens.Hash(token)).Get();
        if (grant is null || grant.Revoked)
        {
            return AuthenticateResult.Fail("Unknown or revoked token.");
        }

        var role = grant.Role switch
        {
            AccessRole.TeamLead => CallerRole.TeamLead,
            AccessRole.Team => CallerRole.Team,
            AccessRole.Guest => CallerRole.Guest,
            AccessRole.Respondent => CallerRole.Respondent,
            AccessRole.Viewer => CallerRole.Viewer,
            _ => throw new InvalidOperationException($"Token role {grant.Role} has no caller role."),
        };
        return Success(new Caller(role, grant.TokenId, grant.EditionId, grant.MissionId, grant.SubjectId));
    }

    /// <summary>The dashboard's browser session (see <see cref="DashboardSessions"/>): on <c>/dashboard</c> only, never on the API.</summary>
    private AuthenticateResult DashboardCookie()
    {
        if (!Request.Path.StartsWithSegments(DashboardSessions.Path, StringComparison.OrdinalIgnoreCase)
            || !Request.Cookies.TryGetValue(DashboardSessions.CookieName, out var session))
        {
            return AuthenticateResult.NoResult();
        }

        return sessions.IsOpen(session)
            ? Success(new Caller(CallerRole.Admin, "admin-dashboard", null, null))
            : AuthenticateResult.Fail("Unknown or expired dashboard session.");
    }

    private AuthenticateResult Success(Caller caller) =>
        AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(SchemeName), SchemeName));

    private string? ReadToken()
    {
        string header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        if (Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase))
        {
            return Request.Query["access_token"].ToString();
        }

        return null;
    }
}
