namespace Orchestrator.Grains.Interfaces.Requests;

/// <summary>
/// The first answer to a request sent with an <c>Idempotency-Key</c>. When the answer carried a token
/// (shown once, never stored in clear), <see cref="Withheld"/> is set and <see cref="Body"/> is empty.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RecordedResponse(
    [property: Id(0)] int StatusCode,
    [property: Id(1)] string? ContentType,
    [property: Id(2)] byte[] Body,
    [property: Id(3)] bool Withheld);
