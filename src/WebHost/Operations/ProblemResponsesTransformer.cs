using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Orchestrator.WebHost.Operations;

/// <summary>
/// Every <c>/api</c> operation may answer a problem+json: 400 (bad input), 401 (no token), 403 (not this
/// token), 429 (rate limit), whatever its handler declares; the document says so once per operation.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    private static readonly (int Status, string Description)[] Common =
    [
        (StatusCodes.Status400BadRequest, "Bad input: nothing changed."),
        (StatusCodes.Status401Unauthorized, "No token, or an unknown or revoked one."),
        (StatusCodes.Status403Forbidden, "This token does not allow that."),
        (StatusCodes.Status429TooManyRequests, "Too many requests from this token."),
    ];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath?.StartsWith("api", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= new OpenApiResponses();
        foreach (var (status, description) in Common)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.ContainsKey(key))
            {
                operation.Responses[key] = new OpenApiResponse
                {
                    Description = description,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
                };
            }
        }

        return Task.CompletedTask;
    }
}
