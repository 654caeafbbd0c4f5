namespace Orchestrator.WebHost.Audit;

/// <summary>
/// What a handler (or the token issuer) tells <see cref="AuditFilter"/> about the request it serves: that it
/// changed nothing (a no-op is answered 2xx, but is not a change, so repeating one cannot flush the trail), and
/// which tokens it handed out (their public ids go into the entry).
/// </summary>
public static class AuditMarks
{
    private const string UnchangedKey = "orchestrator:audit:unchanged";
    private const string IssuedKey = "orchestrator:audit:issued";

    /// <summary>Marks the request as a no-op when <paramref name="unchanged"/> (e.g. the mission's version did not move).</summary>
    public static void MarkUnchanged(this HttpContext http, bool unchanged = true)
    {
        if (unchanged)
        {
            http.Items[UnchangedKey] = true;
        }
    }

    public static bool IsUnchanged(this HttpContext http) => http.Items.ContainsKey(UnchangedKey);

    public static void MarkIssued(this HttpContext http, IEnumerable<string> tokenIds)
    {
        if (http.Items[IssuedKey] is not List<string> issued)
        {
            issued = [];
            http.Items[IssuedKey] = issued;
        }

        lock (issued)
        {
            issued.AddRange(tokenIds);
        }
    }

    public static IReadOnlyList<string>? IssuedTokenIds(this HttpContext http) =>
        http.Items[IssuedKey] is List<string> { Count: > 0 } issued ? [.. issued] : null;
}
