namespace Orchestrator.WebHost.Import;

/// <summary>One problem of a CSV import, on a line of the file (1 is the header), in a column when known.</summary>
public sealed record ImportLineError(int Line, string? Column, string Message);
