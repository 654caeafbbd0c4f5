using Microsoft.Data.Sqlite;

namespace Orchestrator.Grains.Tests.Persistence;

/// <summary>
/// SQLite's write lock held by another connection (as another process would): the group-commit writer
/// waits for it in <c>BEGIN IMMEDIATE</c>, so every write queued meanwhile is waiting when it is released.
/// </summary>
internal sealed class WriteLock : IDisposable
{
    private readonly SqliteConnection _connection;
    private bool _released;

    private WriteLock(SqliteConnection connection) => _connection = connection;

    /// <param name="underLock">Statements run inside the held transaction, committed with it on release.</param>
    public static WriteLock Take(string connectionString, string? underLock = null)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "BEGIN IMMEDIATE;" + underLock);
        return new WriteLock(connection);
    }

    public void Release()
    {
        if (!_released)
        {
            _released = true;
            Execute(_connection, "COMMIT;");
        }
    }

    public void Dispose()
    {
        Release();
        _connection.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
