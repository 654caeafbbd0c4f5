namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>One bad line of a CSV import: its line number in the file (1 is the header) and column.</summary>
public sealed record ImportErrorResponse(int Line, string? Column, string Message);
