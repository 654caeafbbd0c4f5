namespace Orchestrator.WebHost.Import;

/// <summary>One CSV record: the line of the file it starts on (1-based) and its fields.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
