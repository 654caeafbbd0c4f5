namespace Orchestrator.Grains.Tests.Persistence;

/// <summary>The embedded default: a real SQLite file.</summary>
public sealed class SqliteStorageTests : StorageSuite, IDisposable
{
    private readonly List<string> _files = [];

    protected override Task<Dictionary<string, string?>> NewStore()
    {
        var path = Path.Combine(Path.GetTempPath(), $"orchestrator-store-{Guid.NewGuid():n}.db");
        _files.Add(path);
        return Task.FromResult(Cluster.OrchestratorCluster.Sqlite(path));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in _files.SelectMany(f => Directory.GetFiles(Path.GetDirectoryName(f)!, Path.GetFileName(f) + "*")))
        {
            File.Delete(file);
        }
    }
}
