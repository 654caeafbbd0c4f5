using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.WebHost.Errors;
using Orchestrator.WebHost.Operations;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// Resolves "Authorization: Bearer &lt;token&gt;" (or <c>access_token</c> on the SignalR hub) to a
/// <see cref="Caller"/>: the admin token from configuration, else an issued token looked up by its hash.
/// A token the server never issued (its MAC does not match, or it has no shape the server issues) is refused
/// before any lookup, on every route: it costs no grain activation and no storage read. Unsigned tokens from
/// before the MAC are still looked up, within <see cref="UnsignedTokenBudget"/>.
/// </summary>
internal sealed partial class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<AuthOptions> auth,
    TokenMac mac,
    UnsignedTokenBudget unsigned,
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

        var shape = mac.Check(token);
        var address = Context.Connection.RemoteIpAddress;
        if (shape is TokenShape.Malformed or TokenShape.Forged)
        {
            LogNotIssuedHere(Logger, shape, address);
            return AuthenticateResult.Fail("Not a token this server issued.");
        }

        if (shape == TokenShape.Unsigned && !unsigned.MayLookUp(address))
        {
            LogUnsignedLimited(Logger, address);
            return AuthenticateResult.Fail("Too many unknown tokens from this address: try again in a minute.");
        }

        // A read: repeated, as any read is, while a silo is lost or leaving under it.
        var grant = await TransientRetry.Run(() => grains.GetGrain<IAccessTokenGrain>(Tokens.Hash(token)).Get(), Context.RequestAborted);
        if (grant is null || grant.Revoked)
        {
            if (shape == TokenShape.Unsigned)
            {
                unsigned.Failed(address);
            }

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

    [LoggerMessage(EventId = AuthEvents.TokenNotIssuedHere, EventName = "TokenNotIssuedHere", Level = LogLevel.Debug,
        Message = "Bearer token refused without a lookup ({Shape}) from {Address}")]
    private static partial void LogNotIssuedHere(ILogger logger, TokenShape shape, System.Net.IPAddress? address);

    [LoggerMessage(EventId = AuthEvents.UnsignedLookupsLimited, EventName = "UnsignedLookupsLimited", Level = LogLevel.Debug,
        Message = "Unsigned bearer token from {Address} refused without a lookup: too many failed lookups this minute")]
    private static partial void LogUnsignedLimited(ILogger logger, System.Net.IPAddress? address);

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
