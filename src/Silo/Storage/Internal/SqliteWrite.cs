namespace Orchestrator.Silo.Storage.Internal;

/// <summary>
/// One statement for the <see cref="GroupCommitQueue"/>: a single INSERT/UPDATE/DELETE whose first result
/// column (if it returns a row) is what the caller learns, e.g. the new version of a grain state.
/// </summary>
internal sealed record SqliteWrite(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);
