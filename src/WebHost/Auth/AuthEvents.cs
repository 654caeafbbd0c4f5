namespace Orchestrator.WebHost.Auth;

/// <summary>Log event ids of bearer-token checks (3680–3699): stable, never renumbered.</summary>
internal static class AuthEvents
{
    public const int TokenNotIssuedHere = 3680;
    public const int UnsignedLookupsLimited = 3681;
}
