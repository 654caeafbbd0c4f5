using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// A JSON body is UTF-8 (RFC 8259). A <c>charset</c> other than utf-8 on a JSON route (<c>bogus</c>,
/// <c>utf-7</c>…) made the framework's body reader throw, which answered 500; here it is a 415 before
/// binding. Runs after <see cref="Auth.RightsMiddleware"/>, so a caller who may not use the route still
/// learns that first (403).
/// </summary>
internal sealed class Utf8JsonBodyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Count > 0) == true
            && MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            && contentType.Charset is { Length: > 0 } charset
            && !IsUtf8(charset.Value!.Trim('"')))
        {
            await TypedResults.Problem(
                    $"The body must be JSON in UTF-8; charset '{Shorten(charset.Value)}' is not accepted.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType,
                    title: "Unsupported media type")
                .ExecuteAsync(http);
            return;
        }

        await next(http);
    }

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string? text) => text is null ? "" : text.Length > 40 ? text[..40] : text;
}
