using Microsoft.Data.Sqlite;

namespace Orchestrator.Silo.Storage.Internal;

/// <summary>A SQLite connection that sets <c>busy_timeout</c> (a per-connection setting) each time it opens.</summary>
internal sealed class BusyWaitingSqliteConnection : SqliteConnection
{
    private const int BusyTimeoutMilliseconds = 10_000;

    public override void Open()
    {
        base.Open();
        using var command = CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
        command.ExecuteNonQuery();
    }

    public override Task OpenAsync(CancellationToken cancellationToken)
    {
        Open();
        return Task.CompletedTask;
    }
}
