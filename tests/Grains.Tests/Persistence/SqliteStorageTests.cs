using Orchestrator.TestSupport;

namespace Orchestrator.Grains.Tests.Persistence;

/// <summary>The embedded default: a real SQLite file.</summary>
public sealed class SqliteStorageTests : StorageSuite, IDisposable
{
    private readonly List<TempSqliteDatabase> _databases = [];

    protected override Task<Dictionary<string, string?>> NewStore()
    {
        var database = new TempSqliteDatabase("store");
        _databases.Add(database);
        return Task.FromResult(Cluster.OrchestratorCluster.Sqlite(database.Path));
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }
    }
}
