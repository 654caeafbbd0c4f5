namespace Orchestrator.WebHost.Errors;

/// <summary>
/// Retries a GET (a read: safe to repeat) that failed for a transient reason. Other methods go once:
/// their Idempotency-Key lets the client repeat them, after the 503 says so.
/// </summary>
internal sealed class TransientReadRetryFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        HttpMethods.IsGet(context.HttpContext.Request.Method)
            ? TransientRetry.Run(() => next(context), context.HttpContext.RequestAborted)
            : next(context);
}
