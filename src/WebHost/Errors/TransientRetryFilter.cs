using Orchestrator.WebHost.Api;

namespace Orchestrator.WebHost.Errors;

/// <summary>
/// Retries, on this host, a call that failed for a transient reason (a silo lost or leaving under it)
/// when repeating it cannot apply anything twice: a GET (a read), or a change whose handler hands its
/// Idempotency-Key to the grain's ledger, which is stored with the change it guards, so a repeat of a
/// change that did land is answered from the ledger. Any other call goes once; its Idempotency-Key lets
/// the client repeat it after the 503 says so (the replay record alone is written after the change, so
/// it cannot make a server-side repeat safe).
/// </summary>
internal sealed class TransientRetryFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        HttpMethods.IsGet(context.HttpContext.Request.Method) || HasLedgerKey(context)
            ? TransientRetry.Run(() => next(context), context.HttpContext.RequestAborted)
            : next(context);

    private static bool HasLedgerKey(EndpointFilterInvocationContext context) =>
        context.Arguments.Any(argument => argument is IdempotencyKey { Ledger: not null });
}
