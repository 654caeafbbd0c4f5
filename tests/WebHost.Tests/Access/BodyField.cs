namespace Orchestrator.WebHost.Tests.Access;

/// <param name="Path">Dotted path into the body, with <c>[0]</c> for the first item of a list.</param>
/// <param name="Max">Longest accepted text, for text kinds.</param>
public sealed record BodyField(string Path, FieldKind Kind, int Max = 0);
