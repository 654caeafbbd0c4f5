using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Silo.Storage.Internal;

/// <summary>
/// The one writer of a SQLite file in this process. Writes wait in a bounded queue; a thread of its own
/// takes every write waiting (at most <see cref="MaxBatch"/>), runs them in order in one
/// <c>BEGIN IMMEDIATE … COMMIT</c> on its own connection, and only then completes their callers. Many
/// grains' writes so share one transaction and one fsync, and none of them fights another of ours for
/// SQLite's single write lock (a lost fight ends in Microsoft.Data.Sqlite's 150 ms retry sleep).
/// A statement that returns no row (a version conflict, in our upserts) is that caller's answer alone;
/// an error anywhere in the transaction rolls all of it back and fails every caller of it.
/// </summary>
internal sealed partial class GroupCommitQueue : IAsyncDisposable
{
    /// <summary>The most writes one transaction carries.</summary>
    public const int MaxBatch = 256;

    /// <summary>The most writes waiting; a caller past it waits (asynchronously) for room.</summary>
    public const int Capacity = 4 * MaxBatch;

    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly Channel<(SqliteWrite Write, TaskCompletionSource<long?> Done)> _queue =
        Channel.CreateBounded<(SqliteWrite, TaskCompletionSource<long?>)>(
            // Synchronous continuations: a write wakes the writer's thread itself, not through a thread-pool
            // work item queued behind everything else (under a live fan-out, hundreds of sends).
            new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait, AllowSynchronousContinuations = true });

    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly string _connectionString;
    private readonly ILogger<GroupCommitQueue> _logger;
    private readonly Action<int>? _batchTaken;
    private SqliteConnection? _connection;
    private long _transactions;
    private long _writes;

    /// <param name="batchTaken">Told, on the writer's thread, how many writes it took, before their transaction begins.</param>
    public GroupCommitQueue(string connectionString, ILogger<GroupCommitQueue> logger, Action<int>? batchTaken = null)
    {
        // Its own connection, never handed back to a pool: after a failure the next batch opens a fresh one.
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        Database = DatabaseOf(connectionString);
        _logger = logger;
        _batchTaken = batchTaken;
        var thread = new Thread(Run) { IsBackground = true, Name = $"Group commit {Path.GetFileName(Database)}" };
        thread.Start();
        LogStarted(_logger, Database, MaxBatch);
    }

    /// <summary>The file written (its full path), or the connection string of an in-memory database.</summary>
    public string Database { get; }

    /// <summary>How many transactions this writer has committed.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>What identifies a database: one writer each.</summary>
    public static string DatabaseOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? connectionString
            : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>
    /// Queues a write; completes once the transaction carrying it committed, with its statement's first
    /// result column (null when it returned no row), or fails if that transaction failed.
    /// </summary>
    /// <param name="cancellationToken">Stops the wait for room in a full queue; a queued write is no longer withdrawn.</param>
    public async Task<long?> WriteAsync(SqliteWrite write, CancellationToken cancellationToken = default)
    {
        // Completed on the writer's thread, continuations included: the caller is a grain, whose await
        // posts the rest of its turn to its own scheduler, so the writer only hands over (one hop, not two).
        var done = new TaskCompletionSource<long?>();
        await _queue.Writer.WriteAsync((write, done), cancellationToken);
        return await done.Task;
    }

    /// <summary>Takes no more writes, commits those queued, closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopped.Task;
    }

    private void Run()
    {
        var batch = new List<(SqliteWrite Write, TaskCompletionSource<long?> Done)>(MaxBatch);
        try
        {
            // This thread is the writer's own: it may block while the queue is empty and during each commit.
            while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                Commit(batch);
                batch.Clear();
            }
        }
        finally
        {
            Discard();
            LogStopped(_logger, Database, Transactions, Interlocked.Read(ref _writes));
            _stopped.TrySetResult();
        }
    }

    private void Commit(List<(SqliteWrite Write, TaskCompletionSource<long?> Done)> batch)
    {
        var results = new long?[batch.Count];
        try
        {
            _batchTaken?.Invoke(batch.Count);
            var connection = _connection ??= Open();
            Execute(connection, "BEGIN IMMEDIATE;");
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = Execute(connection, batch[i].Write);
            }

            Execute(connection, "COMMIT;");
        }
        catch (Exception ex)
        {
            // Whatever failed (I/O, a full disk, a missing table, a statement's own error), nothing of the
            // batch is acknowledged: closing the connection rolls back what it had done.
            LogFailed(_logger, ex, batch.Count, Database);
            Discard();
            foreach (var (_, done) in batch)
            {
                done.TrySetException(new IOException($"The transaction carrying this write to {Database} failed; none of its {batch.Count} writes was stored.", ex));
            }

            return;
        }

        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _writes, batch.Count);
        LogCommitted(_logger, batch.Count, Database);
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(results[i]);
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // Durability as SQLite's default (FULL: the WAL is synced at each commit), stated rather than assumed;
            // the busy wait only matters against another process writing the same file.
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private long? Execute(SqliteConnection connection, SqliteWrite write)
    {
        if (!_commands.TryGetValue(write.Sql, out var command))
        {
            // Kept, so that SQLite's prepared statement is reused by the next write of the same kind.
            command = connection.CreateCommand();
            command.CommandText = write.Sql;
            _commands.Add(write.Sql, command);
        }

        command.Parameters.Clear();
        foreach (var (name, value) in write.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetInt64(0) : null;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Discard()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection?.Dispose();
        _connection = null;
    }
}
