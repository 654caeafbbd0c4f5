namespace Orchestrator.WebHost.Limits;

/// <summary>
/// Bound from <c>Orchestrator:RateLimit</c>. Per caller token (per remote address without one), per
/// minute. Generous: a lead taps a few times a minute, the desk's admin token sets up a whole edition.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Orchestrator:RateLimit";

    /// <summary>Changes (any method but GET/HEAD) per minute for a lead, team or viewer token.</summary>
    public int ChangesPerMinute { get; set; } = 600;

    /// <summary>Changes per minute for the admin token (imports create hundreds of missions at once).</summary>
    public int AdminChangesPerMinute { get; set; } = 100_000;

    /// <summary>Requests of any kind per minute from one remote address without a valid token.</summary>
    public int AnonymousPerMinute { get; set; } = 600;

    /// <summary>
    /// Failed lookups of unsigned tokens (issued before tokens carried a MAC) per minute from one address;
    /// past it, that address's unsigned tokens are refused without a lookup. Valid tokens never count.
    /// </summary>
    public int UnknownTokensPerMinute { get; set; } = 60;
}
