using Microsoft.Data.Sqlite;

namespace Orchestrator.TestSupport;

/// <summary>A fresh SQLite file under the temp folder, deleted (with its WAL files) on dispose.</summary>
public sealed class TempSqliteDatabase : IDisposable
{
    public TempSqliteDatabase(string purpose) =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"orchestrator-{purpose}-{Guid.NewGuid():n}.db");

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(Path) + "*"))
        {
            File.Delete(file);
        }
    }
}
