using System.Reflection;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// The optional <c>Idempotency-Key</c> header, read in one place: a handler takes it as a bound parameter and
/// hands <see cref="Ledger"/> to the mission grain.
/// <para>
/// Why the grain gets the key although <see cref="Idempotency.IdempotencyMiddleware"/> already replays a retried
/// request: the middleware records the HTTP answer only after the grain has written the change, so a crash (or
/// a lost connection to the cluster) between the two leaves a change without a record, and the retry would
/// apply it a second time. The grain's ledger is stored atomically with the change it guards, so that retry
/// still applies once; the middleware, in turn, gives back the very same answer (status, body) without
/// reaching the grain, for every route, and refuses a reused key with a different request (422). Both are keyed
/// per caller, so one caller's key never matches another caller's change.
/// </para>
/// </summary>
public sealed class IdempotencyKey : IBindableFromHttpContext<IdempotencyKey>
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 128;

    private static readonly IdempotencyKey None = new(null);

    private IdempotencyKey(ChangeKey? ledger) => Ledger = ledger;

    /// <summary>The key as the grain's ledger takes it, scoped to the caller as the replay record is; null without a header.</summary>
    public ChangeKey? Ledger { get; }

    /// <summary>
    /// The one reading of the header, for the replay record and the grain's ledger alike: null without a header,
    /// scoped to the caller (role and public token id). False, with the refusal, when the header is not 1 to
    /// 128 visible ASCII characters.
    /// </summary>
    public static bool TryRead(HttpContext http, out ChangeKey? key, out string refusal)
    {
        key = null;
        refusal = "";
        // Absent is "no key"; present but empty (Kestrel trims an all-spaces value to empty) is a broken key,
        // not a change without one.
        if (!http.Request.Headers.TryGetValue(Header, out var header))
        {
            return true;
        }

        var value = header.ToString();
        if (value.Length == 0 || value.Length > MaxLength || value.Any(c => c < 0x21 || c > 0x7e))
        {
            refusal = $"'{Header}' must be 1 to {MaxLength} visible ASCII characters.";
            return false;
        }

        var caller = Caller.From(http.User);
        key = new ChangeKey($"{caller.Role}:{caller.TokenId}", value);
        return true;
    }

    /// <summary>
    /// The middleware has already refused an invalid key (400) on every changing route; should a route ever
    /// bind it without the middleware in front, an invalid key is still a 400, never a change without its key.
    /// </summary>
    public static ValueTask<IdempotencyKey?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        TryRead(context, out var key, out var refusal)
            ? ValueTask.FromResult<IdempotencyKey?>(key is null ? None : new IdempotencyKey(key))
            : throw new BadHttpRequestException(refusal, StatusCodes.Status400BadRequest);
}
