namespace Orchestrator.WebHost.Auth;

/// <summary>Bound from <c>Orchestrator</c>: the admin token (<c>Orchestrator:AdminToken</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Orchestrator";

    public string? AdminToken { get; set; }
}
