using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>Reads the optional <c>Idempotency-Key</c> header: a retried request with the same key applies once.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 128;

    public static bool TryRead(HttpRequest request, InputRules rules, out string? key)
    {
        key = request.Headers[Header].ToString();
        if (key.Length == 0)
        {
            key = null;
            return true;
        }

        if (key.Length > MaxLength || key.Any(c => c < 0x21 || c > 0x7e))
        {
            rules.Add(Header, $"'{Header}' must be 1 to {MaxLength} visible ASCII characters.");
            return false;
        }

        return true;
    }

    /// <summary>The header as a grain's ledger key, scoped to the caller as the replay record is; null without a header.</summary>
    public static ChangeKey? Read(HttpContext http, InputRules rules)
    {
        if (!TryRead(http.Request, rules, out var key) || key is null)
        {
            return null;
        }

        var caller = Caller.From(http.User);
        return new ChangeKey($"{caller.Role}:{caller.TokenId}", key);
    }
}
