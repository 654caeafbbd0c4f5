namespace Orchestrator.WebHost.Tests.Access;

/// <summary>One request of the hostile corpus, sent byte for byte; every one must be refused with a 4xx.</summary>
/// <param name="RefusedByKestrel">
/// The request is malformed at the HTTP level (e.g. an encoded NUL in the path): Kestrel refuses it before
/// the application sees it, with a bare 400 and no problem+json body.
/// </param>
public sealed record HostileRequest(
    string Name, string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[]? Body, bool RefusedByKestrel = false);
