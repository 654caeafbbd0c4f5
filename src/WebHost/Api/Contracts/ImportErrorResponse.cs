namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>
/// One bad line of a CSV import: its line number in the file (1 is the header) and column; a stable
/// <c>code</c> with its <c>parameters</c> for pages that say it in their language, and the English <c>message</c>.
/// </summary>
public sealed record ImportErrorResponse(int Line, string? Column, string Message, string Code, IReadOnlyDictionary<string, string> Parameters);
