using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Orchestrator.WebHost.Operations;

/// <summary>
/// Short-lived browser sessions for the Orleans Dashboard: a random id kept on this host only (never the
/// admin token), handed to the admin's browser as an HttpOnly cookie scoped to <c>/dashboard</c>.
/// </summary>
public sealed class DashboardSessions(TimeProvider time)
{
    public const string CookieName = "orchestrator-dashboard";
    public const string Path = "/dashboard";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    /// <summary>A new session id and when it ends.</summary>
    public (string Id, DateTimeOffset ExpiresAt) Open()
    {
        var now = time.GetUtcNow();
        foreach (var (stale, _) in _expiries.Where(s => s.Value <= now))
        {
            _expiries.TryRemove(stale, out _);
        }

        var id = Base64Url(RandomNumberGenerator.GetBytes(32));
        var expiresAt = now + Lifetime;
        _expiries[id] = expiresAt;
        return (id, expiresAt);
    }

    public bool IsOpen(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && _expiries.TryGetValue(id, out var expiresAt) && time.GetUtcNow() < expiresAt;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
